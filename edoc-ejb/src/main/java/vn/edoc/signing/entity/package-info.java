/** Wrong-PIN counts per leader key. */
package vn.edoc.signing.entity;
