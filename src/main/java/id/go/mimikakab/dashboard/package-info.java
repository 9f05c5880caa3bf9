/**
 * Read models for the leaders, the command centre and the public: totals by traffic light, the agency league
 * table, drill-downs and trends, computed by SQL over the cases (citizens' reports and online-service applications
 * alike, or one kind of case alone).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package id.go.mimikakab.dashboard;
