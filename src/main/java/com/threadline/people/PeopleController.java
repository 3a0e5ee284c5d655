package com.threadline.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's contact card and presence. {@code userId} is the login (and Camunda user id); an unknown one is 404.
 * Who may read and change whose card is decided before the request gets here (access.ApiAccessRules).
 */
@RestController
@RequestMapping("/api/people/{userId}")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping("/contact")
    ContactDetails contact(@PathVariable String userId) {
        return people.contactOf(userId);
    }

    @PutMapping("/contact")
    ContactDetails updateContact(@PathVariable String userId, @Valid @RequestBody ContactCard body) {
        return people.updateContact(new ContactDetails(userId, body.displayName(), normalizedMobile(body.mobile()),
                body.email(), body.dingtalkUserId(), body.wecomUserId(), body.feishuUserId(), body.preferredIm()));
    }

    /** Sent by every open in-app page about once a minute. */
    @PostMapping("/heartbeat")
    PresenceReport heartbeat(@PathVariable String userId) {
        return people.heartbeat(userId);
    }

    @GetMapping("/presence")
    PresenceReport presence(@PathVariable String userId) {
        return people.presence(userId);
    }

    @PutMapping("/busy")
    PresenceReport busy(@PathVariable String userId, @Valid @RequestBody Busy body) {
        people.busyUntil(userId, body.until().toInstant());
        return people.presence(userId);
    }

    @DeleteMapping("/busy")
    PresenceReport notBusy(@PathVariable String userId) {
        people.notBusy(userId);
        return people.presence(userId);
    }

    /** Stored as +86 and 11 digits, the form SMS and voice providers take. */
    private static String normalizedMobile(String mobile) {
        return mobile == null || mobile.startsWith("+86") ? mobile : "+86" + mobile;
    }

    /** A mainland China mobile number: 11 digits starting with 1, optionally after +86. */
    static final String MOBILE = "(\\+86)?1[3-9][0-9]{9}";
    /** Something@something.tld, no spaces; Bean Validation's own @Email would take "a@b". */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** User ids of DingTalk, WeCom and Feishu: letters, digits and _ . @ - only. */
    static final String IM_USER_ID = "[A-Za-z0-9_.@-]+";

    record ContactCard(@NotBlank @Size(max = 128) String displayName,
            @Pattern(regexp = MOBILE, message = "must be a mainland China mobile number: 11 digits starting with 1, "
                    + "optionally after +86") String mobile,
            @Email(regexp = EMAIL) @Size(max = 254) String email,
            @Size(max = 64) @Pattern(regexp = IM_USER_ID) String dingtalkUserId,
            @Size(max = 64) @Pattern(regexp = IM_USER_ID) String wecomUserId,
            @Size(max = 64) @Pattern(regexp = IM_USER_ID) String feishuUserId,
            InstantMessenger preferredIm) {
    }

    record Busy(@NotNull OffsetDateTime until) {
    }
}
