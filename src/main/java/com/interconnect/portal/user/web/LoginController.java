package com.interconnect.portal.user.web;

import com.interconnect.portal.user.domain.LoginAttempts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final LoginAttempts attempts;

	LoginController(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockMinutes", this.attempts.lockMinutes());
		return "user/login";
	}

}
