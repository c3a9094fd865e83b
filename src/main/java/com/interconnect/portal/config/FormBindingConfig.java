package com.interconnect.portal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.interconnect.portal.shared.MultiLine;
import com.interconnect.portal.shared.TextInput;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Two rules for every value a request binds, so that no page needs its own:
 * <ul>
 * <li>text with control characters ({@link TextInput}) does not bind: a form field shows
 * the message of {@code typeMismatch.java.lang.String} beside it, with what was typed; a
 * request parameter or path variable answers 400;</li>
 * <li>a form whose field could not be converted (a forged option of a select, text in a
 * number field, a control character) is shown again with its message and every other
 * value kept, also when the controller puts the form back in the model.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfig implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new TextWithoutControlCharacters());
	}

	/**
	 * An enum field that did not convert also reads {@code typeMismatch.enum}: every
	 * select of fixed options says "Choose one from the list." without a message per
	 * enum.
	 */
	@Override
	public MessageCodesResolver getMessageCodesResolver() {
		return new DefaultMessageCodesResolver() {
			@Override
			public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
				String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
				if (fieldType == null || !fieldType.isEnum()) {
					return codes;
				}
				List<String> withEnum = new ArrayList<>(Arrays.asList(codes));
				withEnum.add(withEnum.size() - 1, errorCode + ".enum");
				return withEnum.toArray(String[]::new);
			}
		};
	}

	@Bean
	WebMvcRegistrations redisplayingBinders() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new RedisplayingHandlerAdapter();
			}
		};
	}

	/**
	 * Refuses text with control characters; a {@link MultiLine} field may hold line
	 * breaks.
	 */
	static final class TextWithoutControlCharacters implements ConditionalGenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(String.class, String.class));
		}

		/**
		 * Only what a request binds to a field or a parameter: a page showing a value
		 * converts it to a plain String, which stays as it is.
		 */
		@Override
		public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
			return !(targetType.getResolvableType().getSource() instanceof Class);
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source instanceof String text
					&& TextInput.hasControlCharacters(text, targetType.hasAnnotation(MultiLine.class))) {
				throw new IllegalArgumentException("Text with control characters");
			}
			return source;
		}

	}

	static final class RedisplayingHandlerAdapter extends RequestMappingHandlerAdapter {

		@Override
		protected ServletRequestDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new RedisplayingBinderFactory(binderMethods, getWebBindingInitializer());
		}

	}

	static final class RedisplayingBinderFactory extends ServletRequestDataBinderFactory {

		RedisplayingBinderFactory(List<InvocableHandlerMethod> binderMethods, WebBindingInitializer initializer) {
			super(binderMethods, initializer);
		}

		@Override
		protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
				NativeWebRequest request) {
			return new RedisplayingDataBinder(target, objectName);
		}

	}

	/**
	 * A form record is constructed from the request; when one of its values does not
	 * convert, its binding errors are recorded before the record exists (on a result
	 * without a target, which a controller putting the form back in the model replaces
	 * with an empty one). This binder then answers a result on the record constructed
	 * afterwards (that value empty) with the same errors, so the page shows them and
	 * keeps the other values.
	 */
	static final class RedisplayingDataBinder extends ExtendedServletRequestDataBinder {

		private BindingResult redisplay;

		RedisplayingDataBinder(Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		public BindingResult getBindingResult() {
			BindingResult internal = super.getBindingResult();
			Object target = getTarget();
			if (target == null || internal.getTarget() == target) {
				return internal;
			}
			if (this.redisplay == null) {
				BeanPropertyBindingResult result = new BeanPropertyBindingResult(target, getObjectName());
				if (getConversionService() != null) {
					result.initConversion(getConversionService());
				}
				result.addAllErrors(internal);
				this.redisplay = result;
			}
			return this.redisplay;
		}

	}

}
