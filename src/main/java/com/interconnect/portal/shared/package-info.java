/**
 * Shared kernel: the signed-in user and their role, and the exceptions every module
 * answers with.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.interconnect.portal.shared;
