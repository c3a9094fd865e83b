package com.interconnect.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field typed in a text area: besides the printable characters it may hold tabs
 * and line breaks. Every other text field refuses them, as every field refuses the other
 * control characters (see {@link TextInput}).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {

}
