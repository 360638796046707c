package vn.edoc.edxml.model;

/** The clerk who handled the packet; every field is optional ({@code DepartmentId}, {@code StaffId} are Bkav's). */
public record StaffInfo(
        String department, String departmentId, String staff, String staffId, String mobile, String email) {}
