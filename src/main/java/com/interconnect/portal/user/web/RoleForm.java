package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.Role;
import jakarta.validation.constraints.NotNull;

record RoleForm(@NotNull(message = "Choose a role.") Role role) {

}
