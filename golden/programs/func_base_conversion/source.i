# 1 "func_base_conversion.sy"
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
# 1 "func_base_conversion.sy" 2

int digits[40];

void print_base(int v, int base) {
  if (v == 0) { putch(48); return; }
  if (v < 0) {
    putch(45);

    v = -v;
  }
  int n = 0;
  while (v > 0) {
    digits[n] = v % base;
    v = v / base;
    n = n + 1;
  }
  while (n > 0) {
    n = n - 1;
    if (digits[n] < 10) putch(48 + digits[n]);
    else putch(87 + digits[n]);
  }
}

int parse_base(int text[], int len, int base) {
  int v = 0, i = 0, sign = 1;
  if (len > 0 && text[0] == 45) { sign = -1; i = 1; }
  while (i < len) {
    int c = text[i], d;
    if (c >= 48 && c <= 57) d = c - 48;
    else d = c - 87;
    v = v * base + d;
    i = i + 1;
  }
  return sign * v;
}

int main() {
  int values[7] = {0, 1, 255, -4096, 123456789, 0x7FFFFFFF, 036};
  int bases[4] = {2, 8, 16, 36};
  int i = 0;
  while (i < 7) {
    int b = 0;
    while (b < 4) {
      print_base(values[i], bases[b]);
      putch(32);
      b = b + 1;
    }
    putch(10);
    i = i + 1;
  }
  int text[6] = {45, 122, 122, 49, 48, 97};
  putint(parse_base(text, 6, 36)); putch(10);
  int text2[8] = {55, 102, 102, 102};
  putint(parse_base(text2, 4, 16)); putch(10);
  return parse_base(text2, 3, 16) % 256;
}
