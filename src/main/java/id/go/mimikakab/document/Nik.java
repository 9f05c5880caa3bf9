package id.go.mimikakab.document;

/** How a NIK appears on the public verification page: the first four and the last two digits, "9404**********21". */
final class Nik {

    private Nik() {
    }

    static String masked(String nik) {
        if (nik == null || nik.length() != 16) {
            return null;
        }
        return nik.substring(0, 4) + "*".repeat(10) + nik.substring(14);
    }
}
