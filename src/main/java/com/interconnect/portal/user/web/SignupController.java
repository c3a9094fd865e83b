package com.interconnect.portal.user.web;

import com.interconnect.portal.account.CompanyNameTakenException;
import com.interconnect.portal.user.EmailTakenException;
import com.interconnect.portal.user.domain.UserService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignupController {

	private final UserService users;

	private final SessionLogIn sessionLogIn;

	SignupController(UserService users, SessionLogIn sessionLogIn) {
		this.users = users;
		this.sessionLogIn = sessionLogIn;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignupForm.empty());
		return "user/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignupForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) throws ServletException {
		if (!result.hasErrors()) {
			try {
				this.users.signUp(form.companyName(), form.fullName(), form.email(), form.password());
			}
			catch (CompanyNameTakenException ex) {
				result.rejectValue("companyName", "taken", "A company with this name already exists.");
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "taken",
						"This email address can't be used to sign up. If it is yours, log in instead.");
			}
		}
		if (result.hasErrors()) {
			return "user/signup"; // the bound form keeps the input and its errors;
									// password fields render empty
		}
		this.sessionLogIn.logIn(request, response, form.email(), form.password());
		redirect.addFlashAttribute("success", "Welcome to the portal. Your company " + form.companyName().strip()
				+ " is ready, and you are its Company Admin.");
		return "redirect:/";
	}

}
