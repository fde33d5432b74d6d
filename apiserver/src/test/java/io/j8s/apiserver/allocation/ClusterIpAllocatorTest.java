package io.j8s.apiserver.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterIpAllocatorTest {

    @Test
    void theFirstAddressIsOnlyGivenWhenAskedFor() {
        ClusterIpAllocator ips = new ClusterIpAllocator("10.0.0.0/29", new Random(1));
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            given.add(ips.allocateNext().orElseThrow());
        }

        assertThat(given).containsExactlyInAnyOrder("10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6");
        assertThat(ips.allocateNext()).isEmpty();
        assertThat(ips.allocate("10.0.0.1")).isEqualTo(AllocationResult.ALLOCATED);
        assertThat(ips.firstAddress()).isEqualTo("10.0.0.1");
    }

    @Test
    void networkBroadcastAndForeignAddressesAreNotInRange() {
        ClusterIpAllocator ips = new ClusterIpAllocator("10.96.0.0/12", new Random(1));

        assertThat(ips.allocate("10.96.0.0")).isEqualTo(AllocationResult.NOT_IN_RANGE);
        assertThat(ips.allocate("10.111.255.255")).isEqualTo(AllocationResult.NOT_IN_RANGE);
        assertThat(ips.allocate("192.168.0.1")).isEqualTo(AllocationResult.NOT_IN_RANGE);
        assertThat(ips.allocate("10.111.255.254")).isEqualTo(AllocationResult.ALLOCATED);
        assertThat(ips.allocate("10.111.255.254")).isEqualTo(AllocationResult.ALREADY_ALLOCATED);
    }

    @Test
    void releasedAddressesCanBeAllocatedAgain() {
        ClusterIpAllocator ips = new ClusterIpAllocator("10.0.0.0/30", new Random(1));
        String only = ips.allocateNext().orElseThrow();
        assertThat(ips.allocateNext()).isEmpty();

        ips.release(only);

        assertThat(ips.allocateNext()).contains(only);
    }

    @Test
    void firstAddressOfACidrIgnoresHostBits() {
        assertThat(ClusterIpAllocator.firstAddressOf("10.96.3.7/12")).isEqualTo("10.96.0.1");
    }
}
