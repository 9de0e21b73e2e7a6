# 1 "func_runtime_library_io.sy"
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
# 1 "func_runtime_library_io.sy" 2



int ints[16];
float floats[16];
int letters[26];

int main() {
  int n = getarray(ints);
  int m = getfarray(floats);
  float scale = getfloat();
  int shift = getint();
  putarray(n, ints);
  putfarray(m, floats);
  starttime();
  int i = 0, isum = 0;
  float fsum = 0;
  while (i < n) {
    isum = isum + ints[i] * (i + 1);
    ints[i] = ints[i] + shift;
    i = i + 1;
  }
  i = 0;
  while (i < m) {
    floats[i] = floats[i] * scale;
    fsum = fsum + floats[i];
    i = i + 1;
  }
  stoptime();
  putarray(n, ints);
  putfarray(m, floats);
  putint(isum);
  putch(32);
  putfloat(fsum);
  putch(10);
  putf("scale=%f shift=%d first=%c\n", scale, shift, 65 + shift);
  int c = getch();
  int chars = 0, lines = 0, upper = 0;
  while (c != -1) {
    chars = chars + 1;
    if (c == 10) lines = lines + 1;
    if (c >= 97 && c <= 122) {
      letters[c - 97] = letters[c - 97] + 1;
      c = c - 32;
    } else if (c >= 65 && c <= 90) {
      letters[c - 65] = letters[c - 65] + 1;
      upper = upper + 1;
    }
    putch(c);
    c = getch();
  }
  putarray(26, letters);
  putf("chars=%d lines=%d upper=%d\n", chars, lines, upper);
  return isum % 256;
}
