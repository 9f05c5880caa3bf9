package id.go.mimikakab.report.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.PhotoUpload;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** Photos that staff attach to a step as evidence: read from the form, and their problems put next to the field. */
final class StaffPhotos {

    private StaffPhotos() {
    }

    static List<PhotoUpload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        List<PhotoUpload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                uploads.add(new PhotoUpload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    /** Puts each refused photo's problem next to the form's {@code photos} field. */
    static void reject(BindingResult errors, InvalidReportException invalid) {
        for (FieldProblem problem : invalid.problems()) {
            errors.rejectValue("photos", problem.code(), problem.message());
        }
    }
}
