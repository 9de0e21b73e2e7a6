; ModuleID = 'func_rpn_stack_eval.sy'
source_filename = "func_rpn_stack_eval.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sp = dso_local global i32 0, align 4
@stack = dso_local global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [11 x i8] c"malformed\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @push(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = load i32, i32* @sp, align 4
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %5
  store i32 %3, i32* %6, align 4
  %7 = load i32, i32* @sp, align 4
  %8 = add nsw i32 %7, 1
  store i32 %8, i32* @sp, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @pop() #0 {
  %1 = load i32, i32* @sp, align 4
  %2 = sub nsw i32 %1, 1
  store i32 %2, i32* @sp, align 4
  %3 = load i32, i32* @sp, align 4
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds [64 x i32], [64 x i32]* @stack, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @apply(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, i32* %5, align 4
  store i32 %1, i32* %6, align 4
  store i32 %2, i32* %7, align 4
  %8 = load i32, i32* %5, align 4
  %9 = icmp eq i32 %8, -1
  br i1 %9, label %10, label %14

10:                                               ; preds = %3
  %11 = load i32, i32* %6, align 4
  %12 = load i32, i32* %7, align 4
  %13 = add nsw i32 %11, %12
  store i32 %13, i32* %4, align 4
  br label %47

14:                                               ; preds = %3
  %15 = load i32, i32* %5, align 4
  %16 = icmp eq i32 %15, -2
  br i1 %16, label %17, label %21

17:                                               ; preds = %14
  %18 = load i32, i32* %6, align 4
  %19 = load i32, i32* %7, align 4
  %20 = sub nsw i32 %18, %19
  store i32 %20, i32* %4, align 4
  br label %47

21:                                               ; preds = %14
  %22 = load i32, i32* %5, align 4
  %23 = icmp eq i32 %22, -3
  br i1 %23, label %24, label %28

24:                                               ; preds = %21
  %25 = load i32, i32* %6, align 4
  %26 = load i32, i32* %7, align 4
  %27 = mul nsw i32 %25, %26
  store i32 %27, i32* %4, align 4
  br label %47

28:                                               ; preds = %21
  %29 = load i32, i32* %5, align 4
  %30 = icmp eq i32 %29, -4
  br i1 %30, label %31, label %39

31:                                               ; preds = %28
  %32 = load i32, i32* %7, align 4
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %35

34:                                               ; preds = %31
  store i32 0, i32* %4, align 4
  br label %47

35:                                               ; preds = %31
  %36 = load i32, i32* %6, align 4
  %37 = load i32, i32* %7, align 4
  %38 = sdiv i32 %36, %37
  store i32 %38, i32* %4, align 4
  br label %47

39:                                               ; preds = %28
  %40 = load i32, i32* %7, align 4
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  store i32 0, i32* %4, align 4
  br label %47

43:                                               ; preds = %39
  %44 = load i32, i32* %6, align 4
  %45 = load i32, i32* %7, align 4
  %46 = srem i32 %44, %45
  store i32 %46, i32* %4, align 4
  br label %47

47:                                               ; preds = %43, %42, %35, %34, %24, %17, %10
  %48 = load i32, i32* %4, align 4
  ret i32 %48
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %10 = call i32 @getint()
  store i32 %10, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %11

11:                                               ; preds = %59, %0
  %12 = load i32, i32* %2, align 4
  %13 = icmp sgt i32 %12, 0
  br i1 %13, label %14, label %62

14:                                               ; preds = %11
  %15 = call i32 @getint()
  store i32 %15, i32* %4, align 4
  store i32 0, i32* @sp, align 4
  store i32 0, i32* %5, align 4
  br label %16

16:                                               ; preds = %43, %14
  %17 = load i32, i32* %4, align 4
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %46

19:                                               ; preds = %16
  %20 = call i32 @getint()
  store i32 %20, i32* %6, align 4
  %21 = load i32, i32* %6, align 4
  %22 = icmp sge i32 %21, 0
  br i1 %22, label %23, label %30

23:                                               ; preds = %19
  %24 = load i32, i32* @sp, align 4
  %25 = icmp slt i32 %24, 64
  br i1 %25, label %26, label %28

26:                                               ; preds = %23
  %27 = load i32, i32* %6, align 4
  call void @push(i32 noundef %27)
  br label %29

28:                                               ; preds = %23
  store i32 1, i32* %5, align 4
  br label %29

29:                                               ; preds = %28, %26
  br label %43

30:                                               ; preds = %19
  %31 = load i32, i32* @sp, align 4
  %32 = icmp slt i32 %31, 2
  br i1 %32, label %33, label %34

33:                                               ; preds = %30
  store i32 1, i32* %5, align 4
  br label %42

34:                                               ; preds = %30
  %35 = call i32 @pop()
  store i32 %35, i32* %7, align 4
  %36 = call i32 @pop()
  store i32 %36, i32* %8, align 4
  %37 = load i32, i32* %6, align 4
  %38 = load i32, i32* %8, align 4
  %39 = load i32, i32* %7, align 4
  %40 = call i32 @apply(i32 noundef %37, i32 noundef %38, i32 noundef %39)
  %41 = srem i32 %40, 100000
  call void @push(i32 noundef %41)
  br label %42

42:                                               ; preds = %34, %33
  br label %43

43:                                               ; preds = %42, %29
  %44 = load i32, i32* %4, align 4
  %45 = sub nsw i32 %44, 1
  store i32 %45, i32* %4, align 4
  br label %16, !llvm.loop !6

46:                                               ; preds = %16
  %47 = load i32, i32* %5, align 4
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %52, label %49

49:                                               ; preds = %46
  %50 = load i32, i32* @sp, align 4
  %51 = icmp ne i32 %50, 1
  br i1 %51, label %52, label %53

52:                                               ; preds = %49, %46
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([11 x i8], [11 x i8]* @.str, i64 0, i64 0))
  br label %59

53:                                               ; preds = %49
  %54 = call i32 @pop()
  store i32 %54, i32* %9, align 4
  %55 = load i32, i32* %9, align 4
  call void @putint(i32 noundef %55)
  call void @putch(i32 noundef 10)
  %56 = load i32, i32* %3, align 4
  %57 = load i32, i32* %9, align 4
  %58 = add nsw i32 %56, %57
  store i32 %58, i32* %3, align 4
  br label %59

59:                                               ; preds = %53, %52
  %60 = load i32, i32* %2, align 4
  %61 = sub nsw i32 %60, 1
  store i32 %61, i32* %2, align 4
  br label %11, !llvm.loop !8

62:                                               ; preds = %11
  %63 = load i32, i32* %3, align 4
  %64 = srem i32 %63, 256
  ret i32 %64
}

declare i32 @getint() #1

declare void @putf(i8* noundef, ...) #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

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
