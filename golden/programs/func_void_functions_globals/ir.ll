; ModuleID = 'func_void_functions_globals.sy'
source_filename = "func_void_functions_globals.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@pc = dso_local global i32 0, align 4
@halted = dso_local global i32 0, align 4
@steps = dso_local global i32 0, align 4
@regs = dso_local global [8 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [16 x i8] c"pc=%d steps=%d:\00", align 1
@program = dso_local global [12 x [4 x i32]] [[4 x i32] zeroinitializer, [4 x i32] [i32 0, i32 1, i32 1, i32 0], [4 x i32] [i32 0, i32 2, i32 20, i32 0], [4 x i32] [i32 0, i32 3, i32 1, i32 0], [4 x i32] [i32 0, i32 7, i32 0, i32 0], [4 x i32] [i32 1, i32 4, i32 0, i32 1], [4 x i32] [i32 1, i32 0, i32 1, i32 7], [4 x i32] [i32 1, i32 1, i32 4, i32 7], [4 x i32] [i32 2, i32 2, i32 2, i32 3], [4 x i32] [i32 3, i32 2, i32 5, i32 0], [4 x i32] [i32 4, i32 0, i32 0, i32 0], [4 x i32] [i32 9, i32 0, i32 0, i32 0]], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @set(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %4, align 4
  %6 = load i32, i32* %3, align 4
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %7
  store i32 %5, i32* %8, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @add(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  %7 = load i32, i32* %5, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4
  %11 = load i32, i32* %6, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %12
  %14 = load i32, i32* %13, align 4
  %15 = add nsw i32 %10, %14
  %16 = srem i32 %15, 1000000
  %17 = load i32, i32* %4, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %18
  store i32 %16, i32* %19, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @sub(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  %7 = load i32, i32* %5, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4
  %11 = load i32, i32* %6, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %12
  %14 = load i32, i32* %13, align 4
  %15 = sub nsw i32 %10, %14
  %16 = load i32, i32* %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %17
  store i32 %15, i32* %18, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @jump_if_pos(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %3, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %12

10:                                               ; preds = %2
  %11 = load i32, i32* %4, align 4
  store i32 %11, i32* @pc, align 4
  br label %15

12:                                               ; preds = %2
  %13 = load i32, i32* @pc, align 4
  %14 = add nsw i32 %13, 1
  store i32 %14, i32* @pc, align 4
  br label %15

15:                                               ; preds = %12, %10
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @nothing() #0 {
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @report() #0 {
  %1 = alloca i32, align 4
  %2 = load i32, i32* @pc, align 4
  %3 = load i32, i32* @steps, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %2, i32 noundef %3)
  store i32 0, i32* %1, align 4
  br label %4

4:                                                ; preds = %7, %0
  %5 = load i32, i32* %1, align 4
  %6 = icmp slt i32 %5, 8
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  call void @putch(i32 noundef 32)
  %8 = load i32, i32* %1, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %9
  %11 = load i32, i32* %10, align 4
  call void @putint(i32 noundef %11)
  %12 = load i32, i32* %1, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, i32* %1, align 4
  br label %4, !llvm.loop !6

14:                                               ; preds = %4
  call void @putch(i32 noundef 10)
  ret void
}

declare void @putf(i8* noundef, ...) #1

declare void @putch(i32 noundef) #1

declare void @putint(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @execute(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, i32* %5, align 4
  store i32 %1, i32* %6, align 4
  store i32 %2, i32* %7, align 4
  store i32 %3, i32* %8, align 4
  %9 = load i32, i32* @steps, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, i32* @steps, align 4
  %11 = load i32, i32* %5, align 4
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %18

13:                                               ; preds = %4
  %14 = load i32, i32* %6, align 4
  %15 = load i32, i32* %7, align 4
  call void @set(i32 noundef %14, i32 noundef %15)
  %16 = load i32, i32* @pc, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, i32* @pc, align 4
  br label %49

18:                                               ; preds = %4
  %19 = load i32, i32* %5, align 4
  %20 = icmp eq i32 %19, 1
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  %22 = load i32, i32* %6, align 4
  %23 = load i32, i32* %7, align 4
  %24 = load i32, i32* %8, align 4
  call void @add(i32 noundef %22, i32 noundef %23, i32 noundef %24)
  %25 = load i32, i32* @pc, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, i32* @pc, align 4
  br label %49

27:                                               ; preds = %18
  %28 = load i32, i32* %5, align 4
  %29 = icmp eq i32 %28, 2
  br i1 %29, label %30, label %36

30:                                               ; preds = %27
  %31 = load i32, i32* %6, align 4
  %32 = load i32, i32* %7, align 4
  %33 = load i32, i32* %8, align 4
  call void @sub(i32 noundef %31, i32 noundef %32, i32 noundef %33)
  %34 = load i32, i32* @pc, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, i32* @pc, align 4
  br label %49

36:                                               ; preds = %27
  %37 = load i32, i32* %5, align 4
  %38 = icmp eq i32 %37, 3
  br i1 %38, label %39, label %42

39:                                               ; preds = %36
  %40 = load i32, i32* %6, align 4
  %41 = load i32, i32* %7, align 4
  call void @jump_if_pos(i32 noundef %40, i32 noundef %41)
  br label %49

42:                                               ; preds = %36
  %43 = load i32, i32* %5, align 4
  %44 = icmp eq i32 %43, 4
  br i1 %44, label %45, label %48

45:                                               ; preds = %42
  call void @report()
  %46 = load i32, i32* @pc, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, i32* @pc, align 4
  br label %49

48:                                               ; preds = %42
  call void @nothing()
  store i32 1, i32* @halted, align 4
  br label %49

49:                                               ; preds = %48, %45, %39, %30, %21, %13
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  br label %2

2:                                                ; preds = %10, %0
  %3 = load i32, i32* @halted, align 4
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %8, label %5

5:                                                ; preds = %2
  %6 = load i32, i32* @steps, align 4
  %7 = icmp slt i32 %6, 1000
  br label %8

8:                                                ; preds = %5, %2
  %9 = phi i1 [ false, %2 ], [ %7, %5 ]
  br i1 %9, label %10, label %31

10:                                               ; preds = %8
  %11 = load i32, i32* @pc, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %12
  %14 = getelementptr inbounds [4 x i32], [4 x i32]* %13, i64 0, i64 0
  %15 = load i32, i32* %14, align 16
  %16 = load i32, i32* @pc, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %17
  %19 = getelementptr inbounds [4 x i32], [4 x i32]* %18, i64 0, i64 1
  %20 = load i32, i32* %19, align 4
  %21 = load i32, i32* @pc, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %22
  %24 = getelementptr inbounds [4 x i32], [4 x i32]* %23, i64 0, i64 2
  %25 = load i32, i32* %24, align 8
  %26 = load i32, i32* @pc, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %27
  %29 = getelementptr inbounds [4 x i32], [4 x i32]* %28, i64 0, i64 3
  %30 = load i32, i32* %29, align 4
  call void @execute(i32 noundef %15, i32 noundef %20, i32 noundef %25, i32 noundef %30)
  br label %2, !llvm.loop !8

31:                                               ; preds = %8
  call void @report()
  %32 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 1), align 4
  %33 = srem i32 %32, 256
  ret i32 %33
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
