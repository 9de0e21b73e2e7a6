; ModuleID = 'func_hanoi_moves.sy'
source_filename = "func_hanoi_moves.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@moves = dso_local local_unnamed_addr global i32 0, align 4
@pegs = dso_local local_unnamed_addr global [3 x i32] zeroinitializer, align 4
@log_from = dso_local local_unnamed_addr global [16 x i32] zeroinitializer, align 16
@log_to = dso_local local_unnamed_addr global [16 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"disks=%d moves=%d pegs=%d,%d,%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @move_disk(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = add nsw i32 %5, -1
  store i32 %6, i32* %4, align 4, !tbaa !5
  %7 = sext i32 %1 to i64
  %8 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = add nsw i32 %9, 1
  store i32 %10, i32* %8, align 4, !tbaa !5
  %11 = load i32, i32* @moves, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 16
  br i1 %12, label %13, label %17

13:                                               ; preds = %2
  %14 = sext i32 %11 to i64
  %15 = getelementptr inbounds [16 x i32], [16 x i32]* @log_from, i64 0, i64 %14
  store i32 %0, i32* %15, align 4, !tbaa !5
  %16 = getelementptr inbounds [16 x i32], [16 x i32]* @log_to, i64 0, i64 %14
  store i32 %1, i32* %16, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %13, %2
  %18 = add nsw i32 %11, 1
  store i32 %18, i32* @moves, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #1 {
  %5 = icmp eq i32 %0, 0
  br i1 %5, label %29, label %6

6:                                                ; preds = %4
  %7 = sext i32 %2 to i64
  %8 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %7
  br label %9

9:                                                ; preds = %6, %26
  %10 = phi i32 [ %3, %6 ], [ %11, %26 ]
  %11 = phi i32 [ %1, %6 ], [ %10, %26 ]
  %12 = phi i32 [ %0, %6 ], [ %13, %26 ]
  %13 = add nsw i32 %12, -1
  tail call void @hanoi(i32 noundef %13, i32 noundef %11, i32 noundef %10, i32 noundef %2)
  %14 = sext i32 %11 to i64
  %15 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %14
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = add nsw i32 %16, -1
  store i32 %17, i32* %15, align 4, !tbaa !5
  %18 = load i32, i32* %8, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, i32* %8, align 4, !tbaa !5
  %20 = load i32, i32* @moves, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 16
  br i1 %21, label %22, label %26

22:                                               ; preds = %9
  %23 = sext i32 %20 to i64
  %24 = getelementptr inbounds [16 x i32], [16 x i32]* @log_from, i64 0, i64 %23
  store i32 %11, i32* %24, align 4, !tbaa !5
  %25 = getelementptr inbounds [16 x i32], [16 x i32]* @log_to, i64 0, i64 %23
  store i32 %2, i32* %25, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %9, %22
  %27 = add nsw i32 %20, 1
  store i32 %27, i32* @moves, align 4, !tbaa !5
  %28 = icmp eq i32 %13, 0
  br i1 %28, label %29, label %9

29:                                               ; preds = %26, %4
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getint() #4
  store i32 %1, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 0), align 4, !tbaa !5
  tail call void @hanoi(i32 noundef %1, i32 noundef 0, i32 noundef 2, i32 noundef 1)
  %2 = load i32, i32* @moves, align 4, !tbaa !5
  %3 = icmp sgt i32 %2, 0
  br i1 %3, label %4, label %18

4:                                                ; preds = %0, %4
  %5 = phi i64 [ %12, %4 ], [ 0, %0 ]
  %6 = getelementptr inbounds [16 x i32], [16 x i32]* @log_from, i64 0, i64 %5
  %7 = load i32, i32* %6, align 4, !tbaa !5
  %8 = add nsw i32 %7, 65
  tail call void @putch(i32 noundef %8) #4
  tail call void @putch(i32 noundef 62) #4
  %9 = getelementptr inbounds [16 x i32], [16 x i32]* @log_to, i64 0, i64 %5
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = add nsw i32 %10, 65
  tail call void @putch(i32 noundef %11) #4
  tail call void @putch(i32 noundef 32) #4
  %12 = add nuw nsw i64 %5, 1
  %13 = load i32, i32* @moves, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = icmp slt i64 %12, %14
  %16 = icmp ult i64 %5, 15
  %17 = and i1 %16, %15
  br i1 %17, label %4, label %18, !llvm.loop !9

18:                                               ; preds = %4, %0
  tail call void @putch(i32 noundef 10) #4
  %19 = load i32, i32* @moves, align 4, !tbaa !5
  %20 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 0), align 4, !tbaa !5
  %21 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 1), align 4, !tbaa !5
  %22 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 2), align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str, i64 0, i64 0), i32 noundef %1, i32 noundef %19, i32 noundef %20, i32 noundef %21, i32 noundef %22) #4
  %23 = load i32, i32* @moves, align 4, !tbaa !5
  %24 = srem i32 %23, 256
  ret i32 %24
}

declare i32 @getint() local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
