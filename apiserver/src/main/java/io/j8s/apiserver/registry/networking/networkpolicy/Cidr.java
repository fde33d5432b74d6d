package io.j8s.apiserver.registry.networking.networkpolicy;

import io.j8s.apimachinery.validation.Formats;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP block in CIDR notation, such as {@code 10.0.0.0/8} or {@code 2001:db8::/64}.
 *
 * @param network the address with the host bits cleared
 * @param prefix the prefix length
 * @param bits 32 for IPv4, 128 for IPv6
 */
record Cidr(BigInteger network, int prefix, int bits) {

    /** Kubernetes' {@code IsValidCIDR} message. */
    static final String INVALID = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";

    /** The block, or empty when the text is not CIDR notation. */
    static Optional<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String ip = text.substring(0, slash);
        String length = text.substring(slash + 1);
        int bits;
        if (Formats.isIPv4(ip)) {
            bits = 32;
        } else if (Formats.isIPv6(ip)) {
            bits = 128;
        } else {
            return Optional.empty();
        }
        if (!length.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(length);
        if (prefix > bits) {
            return Optional.empty();
        }
        try {
            byte[] raw = InetAddress.getByName(ip).getAddress();
            BigInteger address = new BigInteger(1, raw);
            BigInteger hostMask = BigInteger.ONE.shiftLeft(raw.length * 8 - prefix).subtract(BigInteger.ONE);
            return Optional.of(new Cidr(address.andNot(hostMask), prefix, raw.length * 8));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code other} lies inside this block and is strictly smaller. */
    boolean strictlyContains(Cidr other) {
        if (other.bits != bits || other.prefix <= prefix) {
            return false;
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        return other.network.andNot(hostMask).equals(network);
    }
}
