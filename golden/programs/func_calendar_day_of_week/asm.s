	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_calendar_day_of_week.sy"
	.globl	month_days                      # -- Begin function month_days
	.p2align	1
	.type	month_days,@function
month_days:                             # @month_days
# %bb.0:
	li	a2, 11
	bltu	a2, a1, .LBB0_5
# %bb.1:
	li	a2, 1
	sll	a2, a2, a1
	lui	a3, 1
	addiw	a3, a3, -1456
	and	a3, a3, a2
	li	a2, 30
	beqz	a3, .LBB0_3
# %bb.2:
	mv	a0, a2
	ret
.LBB0_3:
	li	a2, 2
	bne	a1, a2, .LBB0_5
# %bb.4:
	andi	a1, a0, 3
	seqz	a1, a1
	lui	a2, 796918
	addiw	a2, a2, -983
	mulw	a0, a0, a2
	lui	a2, 20972
	addiw	a2, a2, -1968
	addw	a0, a0, a2
	slliw	a2, a0, 30
	srliw	a3, a0, 2
	or	a2, a2, a3
	lui	a3, 10486
	addiw	a3, a3, -984
	sltu	a2, a3, a2
	and	a1, a1, a2
	slliw	a2, a0, 28
	srliw	a0, a0, 4
	or	a0, a0, a2
	lui	a2, 2621
	addiw	a2, a2, 1803
	sltu	a0, a0, a2
	or	a0, a0, a1
	ori	a0, a0, 28
	ret
.LBB0_5:
	li	a2, 31
	mv	a0, a2
	ret
.Lfunc_end0:
	.size	month_days, .Lfunc_end0-month_days
                                        # -- End function
	.globl	zeller                          # -- Begin function zeller
	.p2align	1
	.type	zeller,@function
zeller:                                 # @zeller
# %bb.0:
	li	a4, 3
	slti	a3, a1, 3
	bge	a1, a4, .LBB1_2
# %bb.1:
	addi	a1, a1, 12
.LBB1_2:
	subw	a0, a0, a3
	lui	a3, 335544
	addiw	a6, a3, 1311
	mul	a4, a0, a6
	srli	a5, a4, 63
	srai	a4, a4, 37
	addw	a4, a4, a5
	li	a5, 100
	mulw	a5, a4, a5
	subw	a5, a0, a5
	li	a3, 13
	mulw	a1, a1, a3
	addiw	a1, a1, 13
	lui	a3, 419430
	addiw	a3, a3, 1639
	mul	a1, a1, a3
	srli	a3, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 1
	addw	a7, a1, a3
	slli	a3, a5, 56
	srai	a3, a3, 56
	srli	a3, a3, 13
	andi	a3, a3, 3
	addw	a3, a3, a5
	slli	a3, a3, 56
	srai	a3, a3, 58
	mul	a0, a0, a6
	srli	a1, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 7
	addw	a0, a0, a1
	slliw	a1, a4, 2
	addw	a1, a1, a4
	addw	a2, a2, a5
	addw	a0, a0, a2
	addw	a0, a0, a7
	addw	a0, a0, a1
	addw	a0, a0, a3
	lui	a1, 599186
	addiw	a1, a1, 1171
	mul	a1, a0, a1
	srli	a1, a1, 32
	addw	a1, a1, a0
	srliw	a2, a1, 31
	sraiw	a1, a1, 2
	addw	a1, a1, a2
	slliw	a2, a1, 3
	subw	a1, a1, a2
	addw	a0, a0, a1
	ret
.Lfunc_end1:
	.size	zeller, .Lfunc_end1-zeller
                                        # -- End function
	.globl	print_month                     # -- Begin function print_month
	.p2align	1
	.type	print_month,@function
print_month:                            # @print_month
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	mv	s3, a1
	mv	s2, a0
.LBB2_20:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_20)
	mv	a1, s2
	mv	a2, s3
	call	putf@plt
	li	a0, 3
	slti	a1, s3, 3
	blt	s3, a0, .LBB2_2
# %bb.1:
	mv	a0, s3
	j	.LBB2_3
.LBB2_2:
	addi	a0, s3, 12
.LBB2_3:
	subw	a1, s2, a1
	lui	a2, 335544
	addiw	a2, a2, 1311
	mul	a3, a1, a2
	srli	a4, a3, 63
	srai	a3, a3, 37
	addw	a3, a3, a4
	li	a4, 100
	mulw	a4, a3, a4
	subw	a4, a1, a4
	li	a5, 13
	mulw	a0, a0, a5
	addiw	a0, a0, 13
	lui	a5, 419430
	addiw	a5, a5, 1639
	mul	a0, a0, a5
	srli	a5, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 1
	addw	a0, a0, a5
	slli	a5, a4, 56
	srai	a5, a5, 56
	srli	a5, a5, 13
	andi	a5, a5, 3
	addw	a5, a5, a4
	slli	a5, a5, 56
	srai	a5, a5, 56
	srli	a5, a5, 2
	mul	a1, a1, a2
	srli	a2, a1, 63
	srai	a1, a1, 39
	addw	a1, a1, a2
	slliw	a2, a3, 2
	addw	a2, a2, a3
	addw	a1, a1, a4
	addw	a0, a0, a1
	addw	a0, a0, a2
	addw	a0, a0, a5
	addiw	a0, a0, 1
	lui	a1, 599186
	addiw	a1, a1, 1171
	mul	a1, a0, a1
	srli	a1, a1, 32
	addw	a1, a1, a0
	srliw	a2, a1, 31
	sraiw	a1, a1, 2
	addw	a1, a1, a2
	slliw	a2, a1, 3
	subw	a1, a1, a2
	addw	a0, a0, a1
	addiw	a0, a0, 6
	andi	a1, a0, 255
	li	a2, 37
	mul	a1, a1, a2
	srli	a1, a1, 8
	subw	a2, a0, a1
	slli	a2, a2, 56
	srli	a2, a2, 57
	add	a1, a1, a2
	srli	a1, a1, 2
	slliw	a2, a1, 3
	subw	a1, a1, a2
	addw	a0, a0, a1
	andi	s11, a0, 255
	beqz	s11, .LBB2_6
# %bb.4:
	li	s0, 0
.LBB2_21:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(.L.str.1)
	addi	s1, s1, %pcrel_lo(.LBB2_21)
.LBB2_5:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s1
	call	putf@plt
	addiw	s0, s0, 1
	bltu	s0, s11, .LBB2_5
.LBB2_6:
	andi	a0, s2, 3
	seqz	a0, a0
	lui	a1, 796918
	addiw	a1, a1, -983
	mulw	a1, s2, a1
	lui	a2, 20972
	addiw	a2, a2, -1968
	addw	a1, a1, a2
	slliw	a2, a1, 30
	srliw	a3, a1, 2
	or	a2, a2, a3
	lui	a3, 10486
	addiw	a3, a3, -984
	sltu	a2, a3, a2
	and	a0, a0, a2
	slliw	a2, a1, 28
	srliw	a1, a1, 4
	or	a1, a1, a2
	lui	a2, 2621
	addiw	a2, a2, 1803
	sltu	a1, a1, a2
	or	a0, a0, a1
	ori	s2, a0, 28
	li	s4, 1
	li	s5, 11
	li	s6, 9
	lui	a0, 748983
	addiw	s7, a0, -585
	lui	a0, 149797
	addiw	s8, a0, -1756
	lui	a0, 1
	addiw	s9, a0, -1456
	li	s10, 2
	li	s1, 1
	j	.LBB2_9
.LBB2_7:                                #   in Loop: Header=BB2_9 Depth=1
	li	a0, 32
	call	putch@plt
	mv	a0, s1
	call	putint@plt
	mulw	a0, s0, s7
	bgeu	s8, a0, .LBB2_16
.LBB2_8:                                #   in Loop: Header=BB2_9 Depth=1
	addiw	s1, s1, 1
.LBB2_9:                                # =>This Inner Loop Header: Depth=1
	bltu	s5, s3, .LBB2_12
# %bb.10:                               #   in Loop: Header=BB2_9 Depth=1
	sll	a0, s4, s3
	and	a1, a0, s9
	li	a0, 30
	bnez	a1, .LBB2_13
# %bb.11:                               #   in Loop: Header=BB2_9 Depth=1
	mv	a0, s2
	beq	s3, s10, .LBB2_13
.LBB2_12:                               #   in Loop: Header=BB2_9 Depth=1
	li	a0, 31
.LBB2_13:                               #   in Loop: Header=BB2_9 Depth=1
	addw	s0, s1, s11
	bltu	a0, s1, .LBB2_17
# %bb.14:                               #   in Loop: Header=BB2_9 Depth=1
	bltu	s6, s1, .LBB2_7
# %bb.15:                               #   in Loop: Header=BB2_9 Depth=1
	li	a0, 32
	call	putch@plt
	j	.LBB2_7
.LBB2_16:                               #   in Loop: Header=BB2_9 Depth=1
	li	a0, 10
	call	putch@plt
	j	.LBB2_8
.LBB2_17:
	addiw	a0, s0, -1
	lui	a1, 748983
	addiw	a1, a1, -585
	mulw	a0, a0, a1
	lui	a1, 74898
	addiw	a1, a1, 1170
	addw	a0, a0, a1
	lui	a1, 149797
	addiw	a1, a1, -1755
	bltu	a0, a1, .LBB2_19
# %bb.18:
	li	a0, 10
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	tail	putch@plt
.LBB2_19:
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end2:
	.size	print_month, .Lfunc_end2-print_month
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
	sd	s8, 0(sp)                       # 8-byte Folded Spill
	li	s0, 0
.LBB3_12:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L__const.main.dates)
	addi	a0, a0, %pcrel_lo(.LBB3_12)
	addi	s1, a0, 4
	lui	a0, 524288
	addiw	s2, a0, -3
	lui	a0, 335544
	addiw	s3, a0, 1311
	li	s4, 100
	li	s5, 13
	lui	a0, 419430
	addiw	s6, a0, 1639
	lui	a0, 599186
	addiw	s7, a0, 1171
	li	s8, 6
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	lw	a2, -4(s1)
	lw	a6, 4(s1)
	seqz	a1, a1
	subw	a1, a2, a1
	mul	a2, a1, s3
	srli	a4, a2, 63
	srai	a2, a2, 37
	addw	a2, a2, a4
	mulw	a4, a2, s4
	subw	a4, a1, a4
	mulw	a0, a0, s5
	addiw	a0, a0, 13
	mul	a0, a0, s6
	srli	a5, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 1
	addw	a0, a0, a5
	slli	a5, a4, 56
	srai	a5, a5, 56
	srli	a5, a5, 13
	andi	a5, a5, 3
	addw	a5, a5, a4
	slli	a5, a5, 56
	srai	a5, a5, 56
	srli	a5, a5, 2
	mul	a1, a1, s3
	srli	a3, a1, 63
	srai	a1, a1, 32
	srli	a1, a1, 7
	addw	a1, a1, a3
	slliw	a3, a2, 2
	addw	a2, a2, a3
	addw	a3, a4, a6
	addw	a1, a1, a3
	addw	a1, a1, a2
	addw	a1, a1, a5
	addw	a0, a0, a1
	mul	a1, a0, s7
	srli	a1, a1, 32
	addw	a1, a1, a0
	srliw	a2, a1, 31
	sraiw	a1, a1, 2
	addw	a1, a1, a2
	slliw	a2, a1, 3
	subw	a1, a1, a2
	addw	a0, a0, a1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	addi	s0, s0, 1
	addi	s1, s1, 12
	beq	s0, s8, .LBB3_4
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s1)
	and	a1, s0, s2
	bnez	a1, .LBB3_1
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	addi	a0, a0, 12
	j	.LBB3_1
.LBB3_4:
	li	a0, 10
	call	putch@plt
	li	a0, 2024
	li	a1, 2
	call	print_month
	li	a0, 2023
	li	a1, 9
	call	print_month
	li	a1, 0
	li	a3, 1990
	li	a7, 3
	lui	a0, 335544
	addiw	t6, a0, 1311
	li	t0, 100
	li	t1, 13
	li	t2, 205
	lui	a0, 599186
	addiw	t4, a0, 1171
	li	t3, 12
	li	a6, 2029
	j	.LBB3_6
.LBB3_5:                                #   in Loop: Header=BB3_6 Depth=1
	addiw	a3, t5, 1
	bgeu	t5, a6, .LBB3_11
.LBB3_6:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_9 Depth 2
	mv	t5, a3
	li	a4, 1
	j	.LBB3_9
.LBB3_7:                                #   in Loop: Header=BB3_9 Depth=2
	mv	a4, a3
.LBB3_8:                                #   in Loop: Header=BB3_9 Depth=2
	sltiu	a5, a3, 3
	subw	a5, t5, a5
	mul	s0, a5, t6
	srli	s1, s0, 63
	srai	s0, s0, 37
	addw	s1, s1, s0
	mulw	s0, s1, t0
	subw	s0, a5, s0
	mulw	a4, a4, t1
	addiw	a4, a4, 13
	andi	a4, a4, 255
	mul	a4, a4, t2
	srli	a4, a4, 10
	slli	a0, s0, 56
	srai	a0, a0, 56
	srli	a0, a0, 13
	andi	a0, a0, 3
	addw	a0, a0, s0
	slli	a0, a0, 56
	srai	a0, a0, 56
	srli	a0, a0, 2
	mul	a5, a5, t6
	srli	a2, a5, 63
	srai	a5, a5, 39
	addw	a2, a2, a5
	slliw	a5, s1, 2
	addw	a5, a5, s1
	addw	a2, a2, s0
	addw	a2, a2, a5
	addw	a2, a2, a4
	addw	a0, a0, a2
	addiw	a0, a0, 13
	mul	a2, a0, t4
	srli	a2, a2, 32
	addw	a2, a2, a0
	srliw	a4, a2, 31
	sraiw	a2, a2, 2
	addw	a2, a2, a4
	slliw	a4, a2, 3
	subw	a2, a2, a4
	addw	a0, a0, a2
	addi	a0, a0, -6
	seqz	a0, a0
	addw	a1, a1, a0
	addiw	a4, a3, 1
	bgeu	a3, t3, .LBB3_5
.LBB3_9:                                #   Parent Loop BB3_6 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a3, a4
	bgeu	a4, a7, .LBB3_7
# %bb.10:                               #   in Loop: Header=BB3_9 Depth=2
	addi	a4, a3, 12
	j	.LBB3_8
.LBB3_11:
.LBB3_13:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.2)
	addi	a0, a0, %pcrel_lo(.LBB3_13)
	call	putf@plt
	li	a0, 22
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	ld	s8, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"%d-%d\n"
	.size	.L.str, 7

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"   "
	.size	.L.str.1, 4

	.type	.L__const.main.dates,@object    # @__const.main.dates
	.section	.rodata,"a",@progbits
	.p2align	2
.L__const.main.dates:
	.word	2000                            # 0x7d0
	.word	1                               # 0x1
	.word	1                               # 0x1
	.word	1969                            # 0x7b1
	.word	7                               # 0x7
	.word	20                              # 0x14
	.word	2024                            # 0x7e8
	.word	2                               # 0x2
	.word	29                              # 0x1d
	.word	1900                            # 0x76c
	.word	3                               # 0x3
	.word	1                               # 0x1
	.word	2022                            # 0x7e6
	.word	12                              # 0xc
	.word	25                              # 0x19
	.word	1582                            # 0x62e
	.word	10                              # 0xa
	.word	15                              # 0xf
	.size	.L__const.main.dates, 72

	.type	.L.str.2,@object                # @.str.2
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str.2:
	.asciz	"Friday the 13ths 1990-2029: %d\n"
	.size	.L.str.2, 32

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
