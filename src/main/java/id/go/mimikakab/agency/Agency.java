package id.go.mimikakab.agency;

/**
 * An agency (OPD) of the regency, e.g. {@code PUPR} Dinas Pekerjaan Umum dan Penataan Ruang.
 * {@code confirmed} is false for agencies a regency normally has but whose Mimika name is unconfirmed;
 * an inactive agency keeps its history but receives no new work.
 */
public record Agency(String code, String name, String shortName, boolean confirmed, boolean active) {

    public Agency {
        if (code == null || !code.matches("[A-Z0-9]{2,20}")) {
            throw new IllegalArgumentException("Agency code must be 2 to 20 capital letters or digits: " + code);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("Agency name must be 1 to 200 characters");
        }
        if (shortName == null || shortName.isBlank() || shortName.length() > 80) {
            throw new IllegalArgumentException("Agency short name must be 1 to 80 characters");
        }
        name = name.strip();
        shortName = shortName.strip();
    }
}
