; ModuleID = 'func_void_functions_globals.sy'
source_filename = "func_void_functions_globals.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@pc = dso_local local_unnamed_addr global i32 0, align 4
@halted = dso_local local_unnamed_addr global i32 0, align 4
@steps = dso_local local_unnamed_addr global i32 0, align 4
@regs = dso_local local_unnamed_addr global [8 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [16 x i8] c"pc=%d steps=%d:\00", align 1
@program = dso_local local_unnamed_addr global [12 x [4 x i32]] [[4 x i32] zeroinitializer, [4 x i32] [i32 0, i32 1, i32 1, i32 0], [4 x i32] [i32 0, i32 2, i32 20, i32 0], [4 x i32] [i32 0, i32 3, i32 1, i32 0], [4 x i32] [i32 0, i32 7, i32 0, i32 0], [4 x i32] [i32 1, i32 4, i32 0, i32 1], [4 x i32] [i32 1, i32 0, i32 1, i32 7], [4 x i32] [i32 1, i32 1, i32 4, i32 7], [4 x i32] [i32 2, i32 2, i32 2, i32 3], [4 x i32] [i32 3, i32 2, i32 5, i32 0], [4 x i32] [i32 4, i32 0, i32 0, i32 0], [4 x i32] [i32 9, i32 0, i32 0, i32 0]], align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn writeonly
define dso_local void @set(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %3
  store i32 %1, i32* %4, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @add(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = sext i32 %2 to i64
  %8 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = add nsw i32 %9, %6
  %11 = srem i32 %10, 1000000
  %12 = sext i32 %0 to i64
  %13 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %12
  store i32 %11, i32* %13, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @sub(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = sext i32 %2 to i64
  %8 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = sub nsw i32 %6, %9
  %11 = sext i32 %0 to i64
  %12 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %11
  store i32 %10, i32* %12, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @jump_if_pos(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = icmp sgt i32 %5, 0
  %7 = load i32, i32* @pc, align 4
  %8 = add nsw i32 %7, 1
  %9 = select i1 %6, i32 %1, i32 %8
  store i32 %9, i32* @pc, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local void @nothing() local_unnamed_addr #2 {
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @report() local_unnamed_addr #3 {
  %1 = load i32, i32* @pc, align 4, !tbaa !5
  %2 = load i32, i32* @steps, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %1, i32 noundef %2) #5
  tail call void @putch(i32 noundef 32) #5
  %3 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %3) #5
  tail call void @putch(i32 noundef 32) #5
  %4 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %4) #5
  tail call void @putch(i32 noundef 32) #5
  %5 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %5) #5
  tail call void @putch(i32 noundef 32) #5
  %6 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %6) #5
  tail call void @putch(i32 noundef 32) #5
  %7 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 4), align 16, !tbaa !5
  tail call void @putint(i32 noundef %7) #5
  tail call void @putch(i32 noundef 32) #5
  %8 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 5), align 4, !tbaa !5
  tail call void @putint(i32 noundef %8) #5
  tail call void @putch(i32 noundef 32) #5
  %9 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 6), align 8, !tbaa !5
  tail call void @putint(i32 noundef %9) #5
  tail call void @putch(i32 noundef 32) #5
  %10 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 7), align 4, !tbaa !5
  tail call void @putint(i32 noundef %10) #5
  tail call void @putch(i32 noundef 10) #5
  ret void
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putint(i32 noundef) local_unnamed_addr #4

; Function Attrs: nounwind uwtable
define dso_local void @execute(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #3 {
  %5 = load i32, i32* @steps, align 4, !tbaa !5
  %6 = add nsw i32 %5, 1
  store i32 %6, i32* @steps, align 4, !tbaa !5
  switch i32 %0, label %48 [
    i32 0, label %7
    i32 1, label %12
    i32 2, label %25
    i32 3, label %37
    i32 4, label %45
  ]

7:                                                ; preds = %4
  %8 = sext i32 %1 to i64
  %9 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %8
  store i32 %2, i32* %9, align 4, !tbaa !5
  %10 = load i32, i32* @pc, align 4, !tbaa !5
  %11 = add nsw i32 %10, 1
  store i32 %11, i32* @pc, align 4, !tbaa !5
  br label %49

12:                                               ; preds = %4
  %13 = sext i32 %2 to i64
  %14 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %13
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = sext i32 %3 to i64
  %17 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %16
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, %15
  %20 = srem i32 %19, 1000000
  %21 = sext i32 %1 to i64
  %22 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %21
  store i32 %20, i32* %22, align 4, !tbaa !5
  %23 = load i32, i32* @pc, align 4, !tbaa !5
  %24 = add nsw i32 %23, 1
  store i32 %24, i32* @pc, align 4, !tbaa !5
  br label %49

25:                                               ; preds = %4
  %26 = sext i32 %2 to i64
  %27 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = sext i32 %3 to i64
  %30 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %29
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = sub nsw i32 %28, %31
  %33 = sext i32 %1 to i64
  %34 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %33
  store i32 %32, i32* %34, align 4, !tbaa !5
  %35 = load i32, i32* @pc, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, i32* @pc, align 4, !tbaa !5
  br label %49

37:                                               ; preds = %4
  %38 = sext i32 %1 to i64
  %39 = getelementptr inbounds [8 x i32], [8 x i32]* @regs, i64 0, i64 %38
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = icmp sgt i32 %40, 0
  %42 = load i32, i32* @pc, align 4
  %43 = add nsw i32 %42, 1
  %44 = select i1 %41, i32 %2, i32 %43
  store i32 %44, i32* @pc, align 4, !tbaa !5
  br label %49

45:                                               ; preds = %4
  tail call void @report()
  %46 = load i32, i32* @pc, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, i32* @pc, align 4, !tbaa !5
  br label %49

48:                                               ; preds = %4
  store i32 1, i32* @halted, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %48, %45, %37, %25, %12, %7
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = load i32, i32* @halted, align 4, !tbaa !5
  %2 = icmp eq i32 %1, 0
  %3 = load i32, i32* @steps, align 4
  %4 = icmp slt i32 %3, 1000
  %5 = select i1 %2, i1 %4, i1 false
  br i1 %5, label %6, label %22

6:                                                ; preds = %0, %6
  %7 = load i32, i32* @pc, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %8, i64 0
  %10 = load i32, i32* %9, align 16, !tbaa !5
  %11 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %8, i64 1
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %8, i64 2
  %14 = load i32, i32* %13, align 8, !tbaa !5
  %15 = getelementptr inbounds [12 x [4 x i32]], [12 x [4 x i32]]* @program, i64 0, i64 %8, i64 3
  %16 = load i32, i32* %15, align 4, !tbaa !5
  tail call void @execute(i32 noundef %10, i32 noundef %12, i32 noundef %14, i32 noundef %16)
  %17 = load i32, i32* @halted, align 4, !tbaa !5
  %18 = icmp eq i32 %17, 0
  %19 = load i32, i32* @steps, align 4
  %20 = icmp slt i32 %19, 1000
  %21 = select i1 %18, i1 %20, i1 false
  br i1 %21, label %6, label %22, !llvm.loop !9

22:                                               ; preds = %6, %0
  tail call void @report()
  %23 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @regs, i64 0, i64 1), align 4, !tbaa !5
  %24 = srem i32 %23, 256
  ret i32 %24
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
