package com.threadline.access;

import com.threadline.access.UserAdministration.NewUser;
import com.threadline.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users for the administrator ({@code /api/users}), and each user's own password ({@code /api/me/password}). */
@RestController
class UserAdminController {

    private final UserAdministration administration;
    private final UserViews views;

    UserAdminController(UserAdministration administration, UserViews views) {
        this.administration = administration;
        this.views = views;
    }

    @GetMapping("/api/users")
    List<UserViews.UserView> list() {
        return views.of(administration.all());
    }

    @GetMapping("/api/users/{login}")
    UserViews.UserView get(@PathVariable String login) {
        return views.of(administration.get(login));
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserViews.UserView create(@Valid @RequestBody NewUserRequest body) {
        return views.of(administration.create(new NewUser(body.login(), body.displayName(), body.password(),
                roles(body.roles()), blankToNull(body.factoryCode()), blankToNull(body.supplierCode()))));
    }

    @PutMapping("/api/users/{login}")
    UserViews.UserView change(@PathVariable String login, @Valid @RequestBody UserChange body) {
        return views.of(administration.change(login, body.displayName(), roles(body.roles()), body.enabled()));
    }

    @PostMapping("/api/users/{login}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String login, @Valid @RequestBody PasswordReset body) {
        administration.resetPassword(login, body.password());
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PasswordChange body) {
        administration.changeOwnPassword(user.login(), body.currentPassword(), body.newPassword());
    }

    private static Set<Role> roles(List<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                roles.add(Role.ofId(id));
            } catch (IllegalArgumentException unknown) {
                throw InvalidRequestException.of("roles", "no role " + id);
            }
        }
        return roles;
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code;
    }

    /** {@code roles}: role ids (merchandiser, purchaser, ...) for staff; a factory or supplier code for its people. */
    record NewUserRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,64}", message = "1 to 64 letters and digits") String login,
            @NotBlank @Size(max = 100) String displayName, @NotNull @Size(max = 200) String password,
            List<String> roles, @Size(max = 32) String factoryCode, @Size(max = 32) String supplierCode) {
    }

    record UserChange(@NotBlank @Size(max = 100) String displayName, List<String> roles, @NotNull Boolean enabled) {
    }

    record PasswordReset(@NotNull @Size(max = 200) String password) {
    }

    record PasswordChange(@NotNull String currentPassword, @NotNull @Size(max = 200) String newPassword) {
    }
}
