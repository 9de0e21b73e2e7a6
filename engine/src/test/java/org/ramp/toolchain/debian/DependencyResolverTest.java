package org.ramp.toolchain.debian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving Depends and Pre-Depends as the base needs: alternatives, virtual packages, missing ones. */
class DependencyResolverTest {
    private final List<DebianPackage> packages = new ArrayList<>();

    private void pkg(String name, String priority, String depends, String provides) {
        packages.add(new DebianPackage(name, "1.0", "amd64", priority, DebianPackage.relations(depends),
                DebianPackage.relations(provides).stream().map(g -> g.get(0)).toList(),
                "pool/" + name + ".deb", 1, "0".repeat(64)));
    }

    private List<String> resolve(String... seeds) {
        return new DependencyResolver(PackageIndex.of(packages)).resolve(List.of(seeds)).stream()
                .map(DebianPackage::name).toList();
    }

    @Test
    void takesTheClosureOfDependsAndPreDepends() {
        pkg("apt", "required", "libapt-pkg, libc6 (>= 2.34)", "");
        pkg("libapt-pkg", "optional", "libzstd1, libc6", "");
        pkg("libzstd1", "optional", "libc6", "");
        pkg("libc6", "optional", "libgcc-s1", "");
        pkg("libgcc-s1", "optional", "libc6", "");
        pkg("unrelated", "optional", "", "");
        assertThat(resolve("apt")).containsExactly("apt", "libapt-pkg", "libc6", "libgcc-s1", "libzstd1");
    }

    @Test
    void anAlternativeAlreadySatisfiedAddsNothing() {
        // init-system-helpers' "usrmerge | usr-is-merged" when usr-is-merged is taken anyway
        pkg("init-system-helpers", "required", "usrmerge | usr-is-merged", "");
        pkg("usrmerge", "optional", "perl", "");
        pkg("perl", "standard", "", "");
        pkg("usr-is-merged", "optional", "", "");
        assertThat(resolve("init-system-helpers", "usr-is-merged"))
                .containsExactly("init-system-helpers", "usr-is-merged");
        assertThat(resolve("init-system-helpers")).containsExactly("init-system-helpers", "perl", "usrmerge");
    }

    @Test
    void alternativesAreDecidedAfterWhatIsCertain() {
        // a later plain dependency (gpgv2 via tool) satisfies the alternative met earlier
        pkg("apt", "required", "gpgv | gpgv2, tool", "");
        pkg("tool", "optional", "gpgv2", "");
        pkg("gpgv", "optional", "", "");
        pkg("gpgv2", "optional", "", "");
        assertThat(resolve("apt")).containsExactly("apt", "gpgv2", "tool");
    }

    @Test
    void aVirtualPackageIsSatisfiedByItsProviderOfHighestPriority() {
        pkg("debconf", "required", "perl-base, awk", "");
        pkg("perl-base", "required", "", "");
        pkg("gawk", "optional", "", "awk");
        pkg("mawk", "required", "", "awk");
        pkg("original-awk", "extra", "", "awk");
        assertThat(resolve("debconf")).containsExactly("debconf", "mawk", "perl-base");
    }

    @Test
    void aVirtualPackageProvidedByWhatIsTakenAddsNothing() {
        pkg("debconf", "required", "awk", "");
        pkg("base", "required", "", "");
        pkg("gawk", "optional", "", "awk");
        pkg("mawk", "required", "", "awk");
        assertThat(resolve("gawk", "debconf")).containsExactly("debconf", "gawk");
    }

    @Test
    void theFirstRealAlternativeIsTaken() {
        pkg("login", "required", "nothing-like-it | libpam-runtime | libpam-other", "");
        pkg("libpam-runtime", "required", "", "");
        pkg("libpam-other", "optional", "", "");
        assertThat(resolve("login")).containsExactly("libpam-runtime", "login");
    }

    @Test
    void aDependencyNoPackageSatisfiesIsNamed() {
        pkg("apt", "required", "libapt-pkg6.0 | libapt-pkg7", "");
        assertThatThrownBy(() -> resolve("apt")).isInstanceOf(MirrorException.class)
                .hasMessage("package apt depends on libapt-pkg6.0 | libapt-pkg7, which no package of the index "
                        + "is or provides");
    }

    @Test
    void aMissingSeedIsNamed() {
        pkg("apt", "required", "", "");
        assertThatThrownBy(() -> resolve("apt", "usr-is-merged")).isInstanceOf(MirrorException.class)
                .hasMessage("package usr-is-merged is not in the index");
    }
}
