/** Directory: the offices of the axis, known by their QCVN 102 identification codes. */
package vn.edoc.directory;
