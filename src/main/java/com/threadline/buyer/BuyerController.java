package com.threadline.buyer;

import com.threadline.portal.PhotosForBuyers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer page's API and its share links. Refusals name no order, customer or contact: a wrong, used or
 * expired code and an unknown phone or email get the same 401, another customer's order the same 404 as none, and
 * so does a photo not shown to buyers or of another customer's order.
 */
@RestController
class BuyerController {

    /** Pages past this are not asked for by the page; the offset stays small whatever a client sends. */
    private static final int LAST_PAGE = 1000;

    private final BuyerCodes codes;
    private final BuyerSessions sessions;
    private final BuyerOrders orders;
    private final ShareLinks links;
    private final PhotosForBuyers photos;
    private final Clock clock;

    BuyerController(BuyerCodes codes, BuyerSessions sessions, BuyerOrders orders, ShareLinks links,
            PhotosForBuyers photos, Clock clock) {
        this.codes = codes;
        this.sessions = sessions;
        this.orders = orders;
        this.links = links;
        this.photos = photos;
        this.clock = clock;
    }

    record CodeRequest(@NotBlank @Size(max = 254) String contact) {
    }

    record SignIn(@NotBlank @Size(max = 254) String contact, @NotBlank @Pattern(regexp = "\\d{6}") String code) {
    }

    @PostMapping("/api/buyer/code")
    ResponseEntity<Map<String, String>> sendCode(@Valid @RequestBody CodeRequest request,
            HttpServletRequest http) {
        codes.send(request.contact(), http.getRemoteAddr());
        return ResponseEntity.accepted().body(Map.of("status", "sent"));
    }

    @PostMapping("/api/buyer/session")
    ResponseEntity<Object> signIn(@Valid @RequestBody SignIn request, HttpServletRequest http) {
        return codes.check(request.contact(), request.code(), http.getRemoteAddr())
                .<ResponseEntity<Object>>map(customerId -> ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE,
                        sessions.start(customerId, null, clock.instant().plus(BuyerSessions.LONGEST),
                                http.isSecure())).build())
                .orElseGet(() -> problem(HttpStatus.UNAUTHORIZED, "The code is wrong, used or expired"));
    }

    @DeleteMapping("/api/buyer/session")
    ResponseEntity<Void> signOut(HttpServletRequest http) {
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, sessions.end(http)).build();
    }

    /** A page of the buyer's orders ({@code page} from 0), {@code more} when there is another. */
    @GetMapping("/api/buyer/orders")
    ResponseEntity<Object> list(@RequestParam(defaultValue = "0") int page, HttpServletRequest http) {
        return sessions.current(http).<ResponseEntity<Object>>map(buyer -> {
            BuyerOrders.Page found = orders.of(buyer.customerId(), buyer.orderId(),
                    Math.max(0, Math.min(page, LAST_PAGE)));
            return ResponseEntity.ok(Map.of("sharedOrder", buyer.orderId() != null, "orders", found.orders(),
                    "more", found.more()));
        }).orElseGet(BuyerController::signedOut);
    }

    @GetMapping("/api/buyer/orders/{orderNo}")
    ResponseEntity<Object> one(@PathVariable String orderNo, HttpServletRequest http) {
        return sessions.current(http).<ResponseEntity<Object>>map(buyer -> orders.one(buyer.customerId(),
                                buyer.orderId(), orderNo).<ResponseEntity<Object>>map(ResponseEntity::ok)
                        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No such order")))
                .orElseGet(BuyerController::signedOut);
    }

    @GetMapping("/api/buyer/photos/{id}")
    ResponseEntity<Object> photo(@PathVariable long id, HttpServletRequest http) {
        return photo(id, false, http);
    }

    @GetMapping("/api/buyer/photos/{id}/thumbnail")
    ResponseEntity<Object> thumbnail(@PathVariable long id, HttpServletRequest http) {
        return photo(id, true, http);
    }

    /** A photo shown to buyers of an order this buyer sees; any other file is not found, whatever it is. */
    private ResponseEntity<Object> photo(long id, boolean thumbnail, HttpServletRequest http) {
        return sessions.current(http).<ResponseEntity<Object>>map(buyer -> photos.file(id, thumbnail)
                        .filter(file -> orders.sees(buyer.customerId(), buyer.orderId(), file.orderId()))
                        .<ResponseEntity<Object>>map(file -> ResponseEntity.ok()
                                .contentType(MediaType.parseMediaType(file.mediaType()))
                                .header("X-Content-Type-Options", "nosniff")
                                .cacheControl(CacheControl.noCache().cachePrivate())
                                .body(file.content()))
                        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No such photo")))
                .orElseGet(BuyerController::signedOut);
    }

    /** A share link: opens its order while it lasts, else the page asks for a code. */
    @GetMapping("/buyer/s/{token}")
    ResponseEntity<Void> open(@PathVariable String token, HttpServletRequest http) {
        return links.open(token).map(opened -> ResponseEntity.status(HttpStatus.FOUND)
                        .header(HttpHeaders.SET_COOKIE, sessions.start(opened.customerId(), opened.orderId(),
                                opened.expiresAt(), http.isSecure()))
                        .location(URI.create("/buyer")).<Void>build())
                .orElseGet(() -> ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/buyer?link=ended"))
                        .build());
    }

    @ExceptionHandler(BuyerCodes.TooManyRequests.class)
    ResponseEntity<Object> tooMany(BuyerCodes.TooManyRequests e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "300")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    private static ResponseEntity<Object> signedOut() {
        return problem(HttpStatus.UNAUTHORIZED, "Please sign in");
    }

    /** The instance is fixed, not the request's path: an order number asked for is not echoed back. */
    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create("/api/buyer"));
        return ResponseEntity.status(status).body(problem);
    }
}
