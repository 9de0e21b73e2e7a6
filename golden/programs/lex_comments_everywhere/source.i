# 1 "lex_comments_everywhere.sy"
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
# 1 "lex_comments_everywhere.sy" 2




int counter = 0;
const int LIMIT = 12;



    int bump(int step) {
  counter = counter + step;
                                        return counter;
}

int main( ) {
  int total = 0;
  int i = 0; ; { }

  while (i < LIMIT ) {
    total = total + bump(i)
    ;
    i = i + 1;
  }




  int slash = 84 / 2 / 3;
  int stars = 2 * 3;
  putf("// not a comment, /* nor this */\n");
  putint(total); putch(32);
  putint(slash); putch(32);
  putint(stars); putch(10);
  return total % 200 + slash;
}
