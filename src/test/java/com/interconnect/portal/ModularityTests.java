package com.interconnect.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of conventions.md, and only they, each using the others only through their
 * APIs and declared dependencies, without cycles; email is sent only by
 * {@code notification}; the module documentation is written to
 * target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theModulesAreThoseOfTheConventions() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("account", "audit", "billing", "catalog", "config", "demo", "marketplace",
					"notification", "operator", "ordering", "partner", "shared", "support", "user", "web");
	}

	@Test
	void onlyTheNotificationModuleSendsEmail() {
		noClasses().that()
			.resideOutsideOfPackage("com.interconnect.portal.notification..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("com.interconnect.portal"));
	}

	@Test
	void writesModuleDocumentationForEveryModule() throws IOException {
		Path folder = Path.of("target", "spring-modulith-docs");
		// (no module canvases: Spring Modulith fails to parse the Javadoc it extracted
		// once a comment holds
		// "1,000+ services")
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		String overview = Files.readString(folder.resolve("components.puml"));
		this.modules.forEach((module) -> {
			assertThat(overview).as("the overview").contains(module.getDisplayName());
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).as(module.getDisplayName())
				.isNotEmptyFile();
		});
	}

}
