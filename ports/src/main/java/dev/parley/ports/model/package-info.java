/**
 * Value types carried by every port. Records validate in their compact constructors and
 * throw {@link dev.parley.ports.model.ParleyException} with {@link dev.parley.ports.model.ErrorCode#INVALID_REQUEST}
 * naming the field; nothing here returns {@code null}: an absent value is an {@link java.util.Optional}.
 */
package dev.parley.ports.model;
