package io.j8s.apiserver.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PortAllocatorPropertiesTest {

    /** Any sequence of allocations and releases matches a plain set of used ports. */
    @Property(tries = 200)
    void allocationsMatchASetModel(@ForAll @Size(max = 200) List<@IntRange(min = -5, max = 40) Integer> steps,
                                   @ForAll long seed) {
        PortAllocator ports = new PortAllocator(10, 30, new Random(seed));
        Set<Integer> model = new HashSet<>();
        for (int step : steps) {
            if (step < 0) {
                var next = ports.allocateNext();
                if (model.size() == 21) {
                    assertThat(next).isEmpty();
                } else {
                    assertThat(next).isPresent();
                    assertThat(model.add(next.get())).isTrue();
                }
            } else if (step % 2 == 0) {
                AllocationResult r = ports.allocate(step);
                if (step < 10 || step > 30) {
                    assertThat(r).isEqualTo(AllocationResult.NOT_IN_RANGE);
                } else if (model.contains(step)) {
                    assertThat(r).isEqualTo(AllocationResult.ALREADY_ALLOCATED);
                } else {
                    assertThat(r).isEqualTo(AllocationResult.ALLOCATED);
                    model.add(step);
                }
            } else {
                ports.release(step);
                model.remove(step);
            }
            for (int p = 10; p <= 30; p++) {
                assertThat(ports.isAllocated(p)).isEqualTo(model.contains(p));
            }
        }
    }
}
