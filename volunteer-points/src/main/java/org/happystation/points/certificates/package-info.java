/**
 * Service certificates (志愿服务证明): free, on demand, a PDF with the hours, the content and the recording
 * units, and a QR code that opens a public page showing that the certificate is genuine and what it says.
 */
package org.happystation.points.certificates;
