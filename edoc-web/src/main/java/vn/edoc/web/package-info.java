/** The web UI: backing beans that call boundaries only; texts in Vietnamese first, English second. */
package vn.edoc.web;
