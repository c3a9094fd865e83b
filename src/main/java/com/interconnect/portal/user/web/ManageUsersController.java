package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.EmailTakenException;
import com.interconnect.portal.user.UserPermissions;
import com.interconnect.portal.user.domain.InvitationRefusedException;
import com.interconnect.portal.user.domain.LastAdminException;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Company &gt; Manage Users.
 */
@Controller
@RequestMapping("/company/users")
class ManageUsersController {

	private final UserService users;

	ManageUsersController(UserService users) {
		this.users = users;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("users", this.users.list(actor, query, pageable));
		model.addAttribute("q", query);
		return "user/users";
	}

	@GetMapping("/invite")
	String inviteForm(@AuthenticationPrincipal CurrentUser actor, Model model) {
		this.users.list(actor, null, Pageable.ofSize(1)); // the same permission check as
															// the list
		return inviteView(actor, InviteForm.empty(), model);
	}

	@PostMapping("/invite")
	String invite(@AuthenticationPrincipal CurrentUser actor, @Valid @ModelAttribute("form") InviteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.users.invite(actor, form.email(), form.fullName(), form.role());
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "taken", ex.inActorsCompany()
						? "This person is already a user of your company." : EmailTakenException.NOT_USABLE);
			}
		}
		if (result.hasErrors()) {
			return inviteView(actor, form, model);
		}
		redirect.addFlashAttribute("success", "Invitation sent to " + form.email().strip().toLowerCase() + ".");
		return "redirect:/company/users";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		UserRow user = this.users.get(actor, id);
		return editView(actor, user, new RoleForm(user.role()), model);
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserRow user = this.users.get(actor, id);
		if (!result.hasErrors()) {
			try {
				this.users.changeRole(actor, id, form.role());
			}
			catch (LastAdminException ex) {
				result.rejectValue("role", "lastAdmin", ex.getMessage());
			}
		}
		if (result.hasErrors()) {
			return editView(actor, user, form, model);
		}
		redirect.addFlashAttribute("success", user.fullName() + " is now " + form.role().label() + ".");
		return "redirect:/company/users";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		UserRow user = this.users.get(actor, id);
		if (!confirm) {
			// there is no way back: the page asks to tick the box first
			redirect.addFlashAttribute("failure",
					"Tick “Yes, deactivate " + user.fullName() + "” to confirm: nothing was changed.");
			return "redirect:/company/users/" + id;
		}
		try {
			this.users.deactivate(actor, id);
		}
		catch (LastAdminException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
			return "redirect:/company/users/" + id;
		}
		redirect.addFlashAttribute("success", user.fullName() + " is deactivated and can no longer log in.");
		return "redirect:/company/users";
	}

	@PostMapping("/{id}/resend-invitation")
	String resendInvitation(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			RedirectAttributes redirect) {
		UserRow user = this.users.get(actor, id);
		try {
			this.users.resendInvitation(actor, id);
		}
		catch (InvitationRefusedException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
			return "redirect:/company/users/" + id;
		}
		redirect.addFlashAttribute("success", "A new invitation was sent to " + user.email() + ".");
		return "redirect:/company/users";
	}

	private String inviteView(CurrentUser actor, InviteForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("roles", UserPermissions.assignableRoles(actor));
		return "user/invite";
	}

	private String editView(CurrentUser actor, UserRow user, RoleForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("roles", UserPermissions.assignableRoles(actor));
		return "user/edit";
	}

}
