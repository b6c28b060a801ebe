package org.happystation.kiosk.manage.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root of the REST API. Every path under it needs a console account (see web.xml). */
@ApplicationPath("api")
public class StationApi extends Application {}
