package com.threadline.access;

import com.threadline.access.StaffDirectory.Person;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.PageOf;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people the desk's pickers offer, by role: an order's merchandiser and business owner are picked by name. */
@RestController
class StaffController {

    private final StaffDirectory directory;

    StaffController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/staff")
    List<Person> withRole(@RequestParam String role) {
        Role known = Arrays.stream(Role.values()).filter(r -> r.isInternal() && r.id().equals(role)).findFirst()
                .orElseThrow(() -> InvalidRequestException.of("role", "没有这个角色 / not a staff role; known: "
                        + Arrays.toString(Role.internalIds())));
        return directory.withRole(known);
    }

    /** The names behind logins ({@code logins=a,b}), for pages that show people by name; unknown logins are left out. */
    @GetMapping("/api/staff/names")
    Map<String, String> names(@RequestParam List<String> logins) {
        if (logins.size() > PageOf.MAX_SIZE) {
            throw InvalidRequestException.of("logins", "最多 " + PageOf.MAX_SIZE + " 个 / at most "
                    + PageOf.MAX_SIZE);
        }
        return directory.namesOf(logins);
    }
}
