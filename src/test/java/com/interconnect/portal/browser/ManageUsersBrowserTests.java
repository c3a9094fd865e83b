package com.interconnect.portal.browser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Company &gt; Manage Users: a Company Admin invites a colleague; other roles neither see
 * nor open it.
 */
class ManageUsersBrowserTests extends BrowserTest {

	@Autowired
	private UserService users;

	private CurrentUser admin;

	@BeforeEach
	void signUpACompany() {
		this.admin = this.users.signUp(TestData.unique("Browser Users Co"), TestData.unique("Ada Admin"),
				TestData.email("admin"), TestData.PASSWORD);
	}

	@Test
	void companyAdminInvitesATechnicalContact() {
		String email = TestData.email("invited");
		String name = TestData.unique("Tess Contact");
		logIn(this.admin.email(), TestData.PASSWORD);
		waitForPath("/");

		openMenu("Company");
		clickLink("Manage Users");

		waitForPath("/company/users");
		assertThat(heading()).isEqualTo("Manage Users");
		assertThat(rowWith(this.admin.email())).contains(entry("Name", this.admin.fullName()),
				entry("Role", "Company Admin"), entry("Status", "Active"));

		clickLink("Invite user");
		assertThat(heading()).isEqualTo("Invite user");
		fillIn("Email", email);
		fillIn("Name", name);
		choose("Role", "Technical Contact");
		press("Send invitation");

		waitForPath("/company/users");
		assertThat(messages()).containsExactly("Invitation sent to " + email + ".");
		Map<String, String> invited = rowWith(email);
		assertThat(invited).contains(entry("Name", name), entry("Email", email), entry("Role", "Technical Contact"),
				entry("Status", "Invited"));

		// the colleague follows the emailed link and is logged in once the password is
		// set
		logOut(this.admin.fullName());
		Matcher link = Pattern.compile("http://localhost:8080(/invitations/[A-Za-z0-9_-]+)")
			.matcher(MarketplaceWorld.textOf(email, "You're invited"));
		assertThat(link.find()).as("the invitation's link").isTrue();
		open(link.group(1));
		assertThat(heading()).isEqualTo("Set your password");
		fillIn("Password", "a long enough password");
		fillIn("Confirm password", "a long enough password");
		press("Set password");
		waitForPath("/");
		assertThat(messages()).anySatisfy((message) -> assertThat(message).startsWith("Your password is set."));
		openMenu(name);
		assertThat(menuItems(name)).contains("Log out");
	}

	@Test
	void readOnlyUserSeesNoManageUsersAndIsRefusedThePage() {
		String email = TestData.email("readonly");
		String name = TestData.unique("Rita Reader");
		this.users.createActive(this.admin.companyId(), email, name, Role.READ_ONLY, TestData.PASSWORD);
		logIn(email, TestData.PASSWORD);
		waitForPath("/");
		assertThat(mainText()).contains("you are Read Only").doesNotContain("Manage Users");

		openMenu("Company");
		assertThat(menuItems("Company")).contains("Company Settings").doesNotContain("Manage Users");

		open("/company/users");
		assertThat(heading()).isEqualTo("You can't open this page");
		assertThat(mainText()).contains("Back to the dashboard").doesNotContain(this.admin.email());

		open("/company/users/invite");
		assertThat(heading()).isEqualTo("You can't open this page");
	}

}
