package com.interconnect.portal.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The {@code @Valid} forms report their errors the way the user reads the form
 * (product.md §9): in the order of the form's fields, which is the order of its record's
 * components, and one per field, the first of the field's rules as they are written. So
 * an empty field asks for its value ("Enter your company's name.") rather than also
 * telling its length. Bean Validation itself reports its violations in no particular
 * order.
 */
@Configuration(proxyBeanMethods = false)
class FormValidationConfig implements WebMvcConfigurer {

	private final jakarta.validation.Validator validator;

	FormValidationConfig(jakarta.validation.Validator validator) {
		this.validator = validator;
	}

	@Override
	public Validator getValidator() {
		return new FieldOrderValidator(this.validator);
	}

	static final class FieldOrderValidator extends SpringValidatorAdapter {

		private static final Comparator<ConstraintViolation<Object>> FORM_ORDER = Comparator
			.comparingInt(FieldOrderValidator::fieldIndex)
			.thenComparing((violation) -> violation.getPropertyPath().toString())
			.thenComparingInt(FieldOrderValidator::ruleIndex);

		FieldOrderValidator(jakarta.validation.Validator validator) {
			super(validator);
		}

		@Override
		protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
			Set<String> fieldsInError = new HashSet<>();
			Set<ConstraintViolation<Object>> firstPerField = violations.stream()
				.sorted(FORM_ORDER)
				.filter((violation) -> {
					String field = violation.getPropertyPath().toString();
					return field.isEmpty() || fieldsInError.add(field);
				})
				.collect(Collectors.toCollection(LinkedHashSet::new));
			super.processConstraintViolations(firstPerField, errors);
		}

		/** The position of the violated field in the form (class-level rules first). */
		private static int fieldIndex(ConstraintViolation<Object> violation) {
			Class<?> form = violation.getRootBeanClass();
			String field = topLevelField(violation.getPropertyPath());
			if (field == null) {
				return -1;
			}
			List<String> names = form.isRecord()
					? Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList()
					: Arrays.stream(form.getDeclaredFields()).map(Field::getName).toList();
			int index = names.indexOf(field);
			return (index >= 0) ? index : Integer.MAX_VALUE;
		}

		/** The position of the violated rule among the annotations of its field. */
		private static int ruleIndex(ConstraintViolation<Object> violation) {
			String name = leafField(violation.getPropertyPath());
			Field field = (name != null) ? ReflectionUtils.findField(violation.getLeafBean().getClass(), name) : null;
			if (field == null) {
				return 0;
			}
			Class<? extends Annotation> rule = violation.getConstraintDescriptor().getAnnotation().annotationType();
			Annotation[] annotations = field.getDeclaredAnnotations();
			for (int index = 0; index < annotations.length; index++) {
				if (annotations[index].annotationType() == rule) {
					return index;
				}
			}
			return annotations.length;
		}

		private static String topLevelField(Path path) {
			var nodes = path.iterator();
			return nodes.hasNext() ? nodes.next().getName() : null;
		}

		private static String leafField(Path path) {
			String name = null;
			for (Path.Node node : path) {
				name = node.getName();
			}
			return name;
		}

	}

}
