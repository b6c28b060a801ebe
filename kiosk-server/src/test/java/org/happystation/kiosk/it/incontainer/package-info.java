/** Integration tests that run inside the server, against the services, the datasource and the caches. */
package org.happystation.kiosk.it.incontainer;
