/**
 * Files that citizens and staff upload (photos of reports, documents of service applications): recognised by
 * content, cleaned of metadata, size-limited, and kept in a store behind one interface.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.go.mimikakab.upload;
