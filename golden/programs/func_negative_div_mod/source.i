# 1 "func_negative_div_mod.sy"
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
# 1 "func_negative_div_mod.sy" 2

int main() {
  int nums[6] = {17, -17, 7, -7, 100, -1};
  int dens[5] = {5, -5, 3, -3, 1};
  int i = 0, check = 0;
  while (i < 6) {
    int j = 0;
    while (j < 5) {
      int q = nums[i] / dens[j];
      int r = nums[i] % dens[j];
      putint(nums[i]); putch(47); putint(dens[j]); putch(61); putint(q);
      putch(32);
      putint(nums[i]); putch(37); putint(dens[j]); putch(61); putint(r);
      putch(10);
      if (q * dens[j] + r != nums[i]) check = check + 100;
      check = check + r * r;
      j = j + 1;
    }
    i = i + 1;
  }
  int m = -(-13 % 4) + (-13 / 4) - 13 % -4 - -13 / -4;
  putint(m);
  putch(10);
  return check;
}
