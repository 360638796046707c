/** Time as the axis reckons it: Việt Nam's zone. */
package vn.edoc.time;
