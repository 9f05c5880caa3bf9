package id.go.mimikakab.report;

/** How a report reached the regency. */
public enum Channel {
    /** The public web form. */
    WEB,
    /** The JSON API, e.g. a mobile app. */
    API,
    /** An Open311 GeoReport v2 client application (a civic app, another government system), with its API key. */
    OPEN311,
    /** A phone call recorded by staff. */
    PHONE,
    /** A WhatsApp message recorded by staff. */
    WHATSAPP,
    /** A visit to an office, recorded by staff. */
    IN_PERSON,
    /** A text message to the regency's SMS number, read from the Gammu gateway's inbox. */
    SMS;

    /** Whether staff record reports of this channel on a citizen's behalf. */
    public boolean recordedByStaff() {
        return this == PHONE || this == WHATSAPP || this == IN_PERSON;
    }
}
