package com.interconnect.portal.user.web;

import com.interconnect.portal.user.domain.InvalidInvitationException;
import com.interconnect.portal.user.domain.InvitationView;
import com.interconnect.portal.user.domain.UserService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind an invitation email's link, where the invited user sets their password.
 */
@Controller
class InvitationController {

	private final UserService users;

	private final SessionLogIn sessionLogIn;

	InvitationController(UserService users, SessionLogIn sessionLogIn) {
		this.users = users;
		this.sessionLogIn = sessionLogIn;
	}

	@GetMapping("/invitations/{token}")
	String open(@PathVariable String token, Model model) {
		InvitationView invitation = this.users.openInvitation(token);
		return setPasswordView(token, invitation, new SetPasswordForm(invitation.fullName(), "", ""), model);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") SetPasswordForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
			throws ServletException {
		InvitationView invitation = this.users.openInvitation(token);
		if (form.passwordsDiffer()) {
			result.rejectValue("confirmPassword", "mismatch", "The two passwords are not the same.");
		}
		if (result.hasErrors()) {
			return setPasswordView(token, invitation, form, model);
		}
		this.users.acceptInvitation(token, form.fullName(), form.password());
		// the link proved the address
		this.sessionLogIn.logIn(request, response, invitation.email(), form.password());
		redirect.addFlashAttribute("success", "Your password is set. Welcome to " + invitation.companyName()
				+ "'s portal; you log in with " + invitation.email() + ".");
		return "redirect:/";
	}

	private String setPasswordView(String token, InvitationView invitation, SetPasswordForm form, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("form", form);
		return "user/set-password";
	}

	@ExceptionHandler(InvalidInvitationException.class)
	@ResponseStatus(HttpStatus.GONE)
	String invalid() {
		return "user/invitation-invalid";
	}

}
