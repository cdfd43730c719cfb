"""Every message box and file dialog goes through here, so tests can answer them (monkeypatch)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def error(parent: QtWidgets.QWidget | None, title: str, text: str) -> None:
    QtWidgets.QMessageBox.warning(parent, title, text)


def info(parent: QtWidgets.QWidget | None, title: str, text: str) -> None:
    QtWidgets.QMessageBox.information(parent, title, text)


def confirm(parent: QtWidgets.QWidget | None, title: str, text: str, yes_text: str = "") -> bool:
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, text,
                                QtWidgets.QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text or QtCore.QCoreApplication.translate("Prompts", "OK"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def ask(parent: QtWidgets.QWidget | None, title: str, text: str, choices: list[str],
        cancel: str | None = None) -> int | None:
    """A question with a button per choice and a Cancel button (named `cancel` when given, as 'Quit');
    the index of the choice clicked, or None for Cancel or Esc. Cancel is the default: nothing happens
    by a slip of the Enter key."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, text,
                                QtWidgets.QMessageBox.StandardButton.Cancel, parent)
    if cancel:
        box.button(QtWidgets.QMessageBox.StandardButton.Cancel).setText(cancel)
    buttons = [box.addButton(c, QtWidgets.QMessageBox.ButtonRole.AcceptRole) for c in choices]
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), None)


def open_file(parent: QtWidgets.QWidget | None, title: str, filters: str, start: str = "") -> Path | None:
    name, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(name) if name else None


def save_file(parent: QtWidgets.QWidget | None, title: str, filters: str, start: str = "") -> Path | None:
    name, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, start, filters)
    return Path(name) if name else None


def get_text(parent: QtWidgets.QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QtWidgets.QInputDialog.getText(parent, title, label, QtWidgets.QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def get_password(parent: QtWidgets.QWidget | None, title: str, label: str) -> str | None:
    """A password typed into a hidden field; None when cancelled or left empty."""
    value, ok = QtWidgets.QInputDialog.getText(parent, title, label, QtWidgets.QLineEdit.EchoMode.Password)
    return value if ok and value else None


def choose(parent: QtWidgets.QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """The index of the item picked, or None."""
    if not items:
        return None
    value, ok = QtWidgets.QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(value) if ok and value in items else None


def print_setup(parent: QtWidgets.QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The system print dialog; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
