// Interconnect Portal: small enhancements on top of pages that work without JavaScript.
'use strict';

// The drop-down menus of the top bar (<details class="menu">): one open at a time; Escape or a click
// elsewhere closes the open one, and Escape puts the focus back on its summary.
(() => {
	const menus = [...document.querySelectorAll('details.menu')];
	if (menus.length === 0) {
		return;
	}
	menus.forEach((menu) => menu.addEventListener('toggle', () => {
		if (menu.open) {
			menus.filter((other) => other !== menu && other.open).forEach((other) => {
				other.open = false;
			});
		}
	}));
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') {
			return;
		}
		menus.filter((menu) => menu.open).forEach((menu) => {
			const hadFocus = menu.contains(document.activeElement) || document.activeElement === document.body;
			menu.open = false;
			if (hadFocus) {
				menu.querySelector('summary').focus();
			}
		});
	});
	document.addEventListener('click', (event) => {
		menus.filter((menu) => menu.open && !menu.contains(event.target)).forEach((menu) => {
			menu.open = false;
		});
	});
})();

// A form sent back with errors: its summary takes the focus, so that the page shows it (the form may be far down,
// as "Add VXC" is) and screen readers read it out. Each error in it links to its field.
(() => {
	const summary = document.querySelector('.error-summary');
	if (summary) {
		summary.focus();
	}
})();

// Copy buttons (<button data-copy="id-of-a-field" hidden>): shown only where the browser lets the page write
// to the clipboard; a click copies the field's value and says "Copied" in the status beside it for a moment.
(() => {
	if (!navigator.clipboard || !window.isSecureContext) {
		return;
	}
	document.querySelectorAll('button[data-copy]').forEach((button) => {
		const field = document.getElementById(button.dataset.copy);
		const status = button.parentElement.querySelector('.copy-status');
		if (!field) {
			return;
		}
		let timer;
		const say = (words) => {
			if (status) {
				status.textContent = words;
				clearTimeout(timer);
				timer = setTimeout(() => {
					status.textContent = '';
				}, 2000);
			}
		};
		button.hidden = false;
		button.addEventListener('click', () => {
			// when the browser refuses, the value is selected for the user to copy
			navigator.clipboard.writeText(field.value).then(() => say('Copied'), () => field.select());
		});
	});
})();
