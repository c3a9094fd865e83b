package com.interconnect.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Layering rules of conventions.md that the compiler cannot see.
 */
@AnalyzeClasses(packages = "com.interconnect.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule entitiesStayInsideTheirModule = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.andShould()
		.resideInAPackage("..domain..");

	@ArchTest
	static final ArchRule repositoriesStayInsideTheirModule = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.andShould()
		.resideInAPackage("..domain..");

	@ArchTest
	static final ArchRule domainDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "org.springframework.web..", "jakarta.servlet..");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.notBePublic();

}
