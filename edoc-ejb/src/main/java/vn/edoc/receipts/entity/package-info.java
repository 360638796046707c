/** The persistent form of receipts. */
package vn.edoc.receipts.entity;
