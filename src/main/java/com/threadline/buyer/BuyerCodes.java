package com.threadline.buyer;

import com.threadline.customer.CustomerContact;
import com.threadline.customer.CustomerContactRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in codes: 6 digits, 5 minutes, single use, 5 tries. A phone or email that belongs to nobody is
 * answered exactly as one that does (the code is sent in the background either way), and every limit counts the
 * typed phone or email, not the contact, so no answer tells whether a contact exists.
 */
@Service
class BuyerCodes {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int TRIES = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final CustomerContactRepository contacts;
    private final CodeMessages messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Throttle sendsPerContact;
    private final Throttle sendsPerAddress;
    private final Throttle triesPerContact;
    private final Throttle triesPerAddress;

    BuyerCodes(CustomerContactRepository contacts, CodeMessages messages, JdbcTemplate jdbc, Clock clock,
            BuyerLimits limits) {
        this.contacts = contacts;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sendsPerContact = new Throttle(limits.sendsPerContact(), WINDOW, clock);
        this.sendsPerAddress = new Throttle(limits.sendsPerAddress(), WINDOW, clock);
        this.triesPerContact = new Throttle(limits.triesPerContact(), WINDOW, clock);
        this.triesPerAddress = new Throttle(limits.triesPerAddress(), WINDOW, clock);
    }

    /** @throws TooManyRequests when this phone or email, or this client address, asked too often */
    @Transactional
    public void send(String phoneOrEmail, String clientAddress) {
        String key = key(phoneOrEmail);
        if (!sendsPerAddress.allow(clientAddress) || !sendsPerContact.allow(key)) {
            throw new TooManyRequests();
        }
        Optional<CustomerContact> contact = contacts.findBySignIn(phoneOrEmail);
        String code = Tokens.newCode();
        String hash = Tokens.hash(code);
        if (contact.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("UPDATE buyer_code SET used_at = ? WHERE contact_id = ? AND used_at IS NULL",
                Timestamp.from(now), contact.get().getId());
        jdbc.update("INSERT INTO buyer_code (contact_id, code_hash, expires_at, tries, created_at) "
                + "VALUES (?, ?, ?, 0, ?)", contact.get().getId(), codeHash(contact.get().getId(), hash),
                Timestamp.from(now.plus(LIFETIME)), Timestamp.from(now));
        messages.sendLater(contact.get(), !phoneOrEmail.contains("@"), code);
    }

    /**
     * @return the signed-in contact's customer, or empty when the code is wrong, used, expired or out of tries
     * @throws TooManyRequests when this phone or email, or this client address, tried too often
     */
    @Transactional
    public Optional<Long> check(String phoneOrEmail, String code, String clientAddress) {
        String key = key(phoneOrEmail);
        if (!triesPerAddress.allow(clientAddress) || !triesPerContact.allow(key)) {
            throw new TooManyRequests();
        }
        String hash = Tokens.hash(code == null ? "" : code.strip());
        Optional<CustomerContact> contact = contacts.findBySignIn(phoneOrEmail);
        // nobody's phone or email costs the same look-up as a contact's: the answer's timing tells nothing
        long contactId = contact.map(CustomerContact::getId).orElse(-1L);
        List<long[]> open = jdbc.query("SELECT id, tries FROM buyer_code WHERE contact_id = ? AND used_at IS NULL "
                        + "AND expires_at > ? ORDER BY created_at DESC",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, contactId, Timestamp.from(clock.instant()));
        if (open.isEmpty() || contact.isEmpty()) {
            return Optional.empty();
        }
        long codeId = open.get(0)[0];
        // counted first, in one statement, so parallel guesses cannot share a try
        int counted = jdbc.update("UPDATE buyer_code SET tries = tries + 1 WHERE id = ? AND tries < ? "
                + "AND used_at IS NULL", codeId, TRIES);
        String stored = jdbc.queryForObject("SELECT code_hash FROM buyer_code WHERE id = ?", String.class, codeId);
        if (counted == 0 || !Tokens.sameHash(stored, codeHash(contactId, hash))) {
            return Optional.empty();
        }
        int used = jdbc.update("UPDATE buyer_code SET used_at = ? WHERE id = ? AND used_at IS NULL",
                Timestamp.from(clock.instant()), codeId);
        return used == 1 ? Optional.of(contact.get().getCustomerId()) : Optional.empty();
    }

    private static String codeHash(long contactId, String codeHash) {
        return Tokens.hash(contactId + ":" + codeHash);
    }

    private static String key(String phoneOrEmail) {
        String text = phoneOrEmail == null ? "" : phoneOrEmail.strip().toLowerCase(Locale.ROOT);
        return text.contains("@") ? text : text.replaceAll("\\D", "");
    }

    /** Too many sends or tries: answered 429, the same for every phone and email. */
    static class TooManyRequests extends RuntimeException {
        TooManyRequests() {
            super("Too many attempts; please wait a few minutes");
        }
    }
}
