/** The persistent form of the directory. */
package vn.edoc.directory.entity;
