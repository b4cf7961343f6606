"""Users and their roles (admin, secretariat, viewer)."""

from __future__ import annotations

from sqlalchemy import select

from dialogue_planner.domain.errors import NotFoundError, Remedy, ValidationError
from dialogue_planner.domain.limits import check_key, check_login, check_name
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.records import UserRecord
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.models import User

from .context import ServiceContext, Transaction, snapshot, user_record


def list_users(ctx: ServiceContext) -> list[UserRecord]:
    with ctx.read() as s:
        return [user_record(u) for u in s.scalars(select(User).order_by(User.login))]


def _clean_login(login: str) -> str:
    return check_login(login, "The login")


def add_user_in(tx: Transaction, login: str, role: str, display_name: str = "") -> User:
    """The rules of adding a user, inside the caller's transaction (the workstation service adds the
    PostgreSQL login in the same one)."""
    role = Role.parse(role, "role").value
    login = _clean_login(login)
    display_name = check_name(display_name, "display name", 200)
    if tx.session.scalar(select(User).where(User.login == login)):
        raise ValidationError(
            msg("User '{login}' already exists; change their role instead.", login=login),
            remedy=(Remedy.SET_ROLE, login),
        )
    user = User(login=login, display_name=display_name or login, role=role)
    tx.session.add(user)
    tx.audit("user.add", user, None)
    return user


def set_role_in(tx: Transaction, login: str, role: str) -> User:
    """The rules of changing a role (never the last admin), inside the caller's transaction."""
    role = Role.parse(role, "role").value
    login = check_key(login, "login")
    user = tx.session.scalar(select(User).where(User.login == login))
    if user is None:
        raise NotFoundError(msg("No user '{login}'.", login=login), remedy=(Remedy.LIST_USERS,))
    if user.role == Role.ADMIN.value and role != Role.ADMIN.value:
        admins = tx.session.scalars(select(User).where(User.role == Role.ADMIN.value, User.active)).all()
        if len(admins) <= 1:
            raise ValidationError(
                msg("'{login}' is the last admin; make someone else admin first.", login=login)
            )
    before = snapshot(user)
    user.role = role
    tx.audit("user.set_role", user, before)
    return user
