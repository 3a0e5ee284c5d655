package com.threadline.buyer;

import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.people.People;
import com.threadline.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A merchandiser's share links of an order: made, listed, revoked. The link itself is shown once, when made. */
@RestController
@RequestMapping("/api/orders/{orderNo}/share-links")
class ShareLinkController {

    private final ShareLinks links;
    private final OrderRepository orders;
    private final People people;
    private final String baseUrl;

    ShareLinkController(ShareLinks links, OrderRepository orders, People people,
            @Value("${threadline.public-base-url:http://localhost:8080}") String baseUrl) {
        this.links = links;
        this.orders = orders;
        this.people = people;
        this.baseUrl = baseUrl;
    }

    record NewLink(@Min(1) @Max(720) Integer hours, @Min(1) @Max(100) Integer visits) {
    }

    /** {@code createdBy} is the person's name; {@code url} only in the answer that made the link. */
    record LinkView(long id, String url, Instant createdAt, String createdBy, Instant expiresAt, int maxVisits,
            int visits, Instant revokedAt) {
    }

    private LinkView view(ShareLinks.Link link, String url) {
        return new LinkView(link.id(), url, link.createdAt(), people.contactOf(link.createdBy()).displayName(),
                link.expiresAt(), link.maxVisits(), link.visits(), link.revokedAt());
    }

    @PostMapping
    ResponseEntity<LinkView> create(@PathVariable String orderNo, @Valid @RequestBody NewLink request,
            Principal user) {
        Order order = orders.require(orderNo);
        ShareLinks.Created created = links.create(order.getId(), user.getName(),
                Duration.ofHours(request.hours() == null ? 72 : request.hours()),
                request.visits() == null ? 10 : request.visits());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(view(created.link(), baseUrl + "/buyer/s/" + created.token()));
    }

    @GetMapping
    List<LinkView> list(@PathVariable String orderNo) {
        return links.ofOrder(orders.require(orderNo).getId()).stream().map(l -> view(l, null)).toList();
    }

    @PostMapping("/{linkId}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String orderNo, @PathVariable long linkId) {
        if (!links.revoke(orders.require(orderNo).getId(), linkId)) {
            throw new NotFoundException("No share link " + linkId + " of order " + orderNo);
        }
        return ResponseEntity.noContent().build();
    }
}
