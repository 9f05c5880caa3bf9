package id.go.mimikakab.health;

/** How a booking reached the unit. */
public enum BookingChannel {
    /** The public booking pages. */
    WEB,
    /** The JSON API, e.g. a mobile app. */
    API,
    /** The FHIR R4 interface, e.g. the national platform or another health system. */
    FHIR,
    /** Demo data of a demo install. */
    DEMO
}
