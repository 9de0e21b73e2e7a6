# 1 "lex_hex_octal_literals.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "lex_hex_octal_literals.sy" 2

int hex_values[8] = {0x0, 0x1, 0xA, 0xa, 0XfF, 0x7FFFFFFF, 0xDeadBee, 0X10};
int oct_values[6] = {0, 00, 07, 010, 0777, 017777777777};
int dec_values[4] = {1, 10, 2147483647, 65535};

int digits_sum(int v) {
  int s = 0;
  while (v > 0) {
    s = s + v % 16;
    v = v / 16;
  }
  return s;
}

int main() {
  int i = 0, acc = 0;
  while (i < 8) {
    putint(hex_values[i]);
    putch(32);
    acc = acc + digits_sum(hex_values[i]);
    i = i + 1;
  }
  putch(10);
  i = 0;
  while (i < 6) {
    putint(oct_values[i]);
    putch(32);
    acc = acc + oct_values[i] % 1000;
    i = i + 1;
  }
  putch(10);
  putint(0x7fffffff == 2147483647);
  putint(017777777777 == 0x7FFFFFFF);
  putint(0100 == 64);
  putint(0x100 == 256);
  putint(-0x10 == -16);
  putint(0xABCDEF - 0xabcdef);
  putch(10);
  int mixed = 0x1F + 017 + 15 - 0XF * 03;
  putint(mixed);
  putch(10);
  return (acc + mixed + dec_values[3] / 0x100) % 0400;
}
